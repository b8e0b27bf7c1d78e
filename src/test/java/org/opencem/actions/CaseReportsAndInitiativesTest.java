package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Case reports against hand-computed figures, initiatives grouping a report row's cases, and an
 * initiative's metric before and after its start; each within tenant and scope.
 */
@OpenCemTest
class CaseReportsAndInitiativesTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired Journeys journeys;
    @Autowired CaseReports reports;
    @Autowired Initiatives initiatives;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    TestFixtures.Chain chain;
    Touchpoint serving;
    Touchpoint paying;
    UUID coldDish;
    long nextNumber = 1;
    final OffsetDateTime base = OffsetDateTime.now().minusDays(10).truncatedTo(ChronoUnit.HOURS);

    /**
     * Store A, serving (kitchen): 4 cases resolved after 1, 2, 3, 4 h, first answered after 0.5, 1, 1.5 h and never;
     * the first two for cold dishes, the last one past its 3-hour due time.
     * Store B, paying (operations): 1 open case. Store C (west), serving: resolved after 10 h, answered after 2 h.
     */
    @BeforeEach
    void cases() {
        chain = fixtures.chain();
        Journey dining = journeys.createJourney(chain.tenant().id(), "用餐", null);
        Stage eating = journeys.addStage(chain.tenant().id(), dining.id(), "就餐");
        serving = journeys.addTouchpoint(chain.tenant().id(), eating.id(), "上菜", chain.kitchen().id());
        paying = journeys.addTouchpoint(chain.tenant().id(), eating.id(), "结账", chain.operations().id());
        coldDish = Ids.newId();
        jdbc.sql("insert into case_root_cause (tenant_id, id, code, name_zh, name_en, active, sort_order) values (?, ?, 'COLD', '菜品温度', 'Food temperature', true, 1)")
                .params(chain.tenant().id(), coldDish).update();
        insertCase(chain.storeA(), serving, 0.5, 1.0, coldDish, null);
        insertCase(chain.storeA(), serving, 1.0, 2.0, coldDish, null);
        insertCase(chain.storeA(), serving, 1.5, 3.0, null, null);
        insertCase(chain.storeA(), serving, null, 4.0, null, 3.0);
        insertCase(chain.storeB(), paying, null, null, null, null);
        insertCase(chain.storeC(), serving, 2.0, 10.0, null, null);
    }

    @Test
    void casesByTouchpointWithMediansAndP90sWorkedOutByHand() {
        CaseReport all = reports.report(scope(chain.hq()), CaseFilter.lastDays(LocalDate.now(), 90), CaseReportDimension.TOUCHPOINT, Locale.ENGLISH);
        assertThat(all.rows()).extracting(CaseReport.Row::label).containsExactly("上菜", "结账");
        CaseReport.Row servingRow = all.rows().get(0);
        assertThat(servingRow.cases()).isEqualTo(5);
        assertThat(servingRow.open()).isZero();
        assertThat(servingRow.breaches()).isEqualTo(1);
        // resolution 1, 2, 3, 4, 10 h: median 3; p90 at rank 3.6 = 4 + 0.6 × 6 = 7.6
        assertThat(servingRow.resolutionMedianHours()).isCloseTo(3.0, within(1e-9));
        assertThat(servingRow.resolutionP90Hours()).isCloseTo(7.6, within(1e-9));
        // first response 0.5, 1, 1.5, 2 h: median 1.25; p90 at rank 2.7 = 1.5 + 0.7 × 0.5 = 1.85
        assertThat(servingRow.firstResponseMedianHours()).isCloseTo(1.25, within(1e-9));
        assertThat(servingRow.firstResponseP90Hours()).isCloseTo(1.85, within(1e-9));
        CaseReport.Row payingRow = all.rows().get(1);
        assertThat(payingRow.cases()).isEqualTo(1);
        assertThat(payingRow.open()).isEqualTo(1);
        assertThat(payingRow.resolutionMedianHours()).isNull();
        assertThat(all.total().cases()).isEqualTo(6);

        assertThat(reports.report(scope(chain.hq()), CaseFilter.lastDays(LocalDate.now(), 90), CaseReportDimension.ROOT_CAUSE, Locale.ENGLISH).rows())
                .extracting(CaseReport.Row::label, CaseReport.Row::cases).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, 4), org.assertj.core.groups.Tuple.tuple("Food temperature", 2));
        assertThat(reports.caseIds(scope(chain.hq()), new CaseFilter(null, null, null, null, null, null, coldDish))).hasSize(2);
        assertThat(reports.report(scope(chain.hq()), CaseFilter.lastDays(LocalDate.now(), 90), CaseReportDimension.DEPARTMENT, Locale.ENGLISH).rows())
                .extracting(CaseReport.Row::label, CaseReport.Row::cases).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("厨房", 5), org.assertj.core.groups.Tuple.tuple("门店运营", 1));
        assertThat(reports.report(scope(chain.hq()), CaseFilter.lastDays(LocalDate.now(), 90), CaseReportDimension.WEEK, Locale.ENGLISH).rows())
                .extracting(CaseReport.Row::cases).containsExactly(6);
        assertThat(reports.report(scope(chain.hq()), CaseFilter.lastDays(LocalDate.now(), 5), CaseReportDimension.WEEK, Locale.ENGLISH).rows())
                .as("the period filters by opening date").isEmpty();
    }

    @Test
    void aRegionalManagerSeesOnlyTheirRegionsCasesAndAnotherTenantNone() throws Exception {
        CaseReport east = reports.report(scope(chain.east()), CaseFilter.lastDays(LocalDate.now(), 90), CaseReportDimension.ORG_UNIT, Locale.ENGLISH);
        assertThat(east.rows()).extracting(CaseReport.Row::label, CaseReport.Row::cases).containsExactly(
                org.assertj.core.groups.Tuple.tuple(chain.storeA().name(), 4), org.assertj.core.groups.Tuple.tuple(chain.storeB().name(), 1));
        mvc.perform(get("/api/v1/case-reports").param("dimension", "TOUCHPOINT")
                        .with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.total.cases").value(5))
                .andExpect(jsonPath("$.cases.rows[0].label").value("上菜"))
                .andExpect(jsonPath("$.cases.rows[0].cases").value(4))
                .andExpect(jsonPath("$.cases.rows[0].resolutionMedianHours").value(2.5))
                .andExpect(jsonPath("$.cases.rows[0].resolutionP90Hours").value(3.7))
                .andExpect(jsonPath("$.cases.rows[0].firstResponseMedianHours").value(1.0))
                .andExpect(jsonPath("$.recovery[0].told").value(0));
        mvc.perform(get("/api/v1/case-reports").param("unit", chain.west().id().toString())
                        .with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.cases.total.cases").value(0));
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/case-reports").with(httpBasic(other.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.cases.total.cases").value(0));

        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/cases/reports").param("dimension", "DEPARTMENT").with(cx).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("厨房")))
                .andExpect(content().string(containsString("report-chart")));
        mvc.perform(get("/cases/reports.csv").param("dimension", "TOUCHPOINT").with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"上菜\",5,0,1.3,1.9,3.0,7.6,1")));
    }

    @Test
    void anInitiativeGroupsAReportRowsCasesAndShowsItsMetricBeforeAndAfter() throws Exception {
        LocalDate today = LocalDate.now();
        // before (days −19…−10): 2 promoters, 6 detractors, 2 passives = NPS −40; after (−9…0): 7, 1, 2 = NPS +60
        answers(chain.storeA(), serving, today.minusDays(15), 9, 10, 0, 3, 5, 6, 6, 2, 7, 8);
        answers(chain.storeA(), serving, today.minusDays(3), 9, 9, 10, 10, 9, 10, 9, 4, 7, 8);
        answers(chain.storeC(), serving, today.minusDays(3), 0, 0, 0);
        answers(chain.storeA(), paying, today.minusDays(3), 0, 0, 0);
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        mvc.perform(get("/initiatives/new").with(cx).header("Accept-Language", "en")
                        .param("dimension", "TOUCHPOINT").param("key", serving.id().toString())
                        .param("unit", chain.east().id().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Groups 4 cases.")));
        List<UUID> eastServing = reports.caseIds(scope(chain.hq()), new CaseFilter(today.minusDays(89), today, chain.east().id(),
                serving.id(), null, null, null));
        var form = post("/initiatives").with(cx).with(csrf()).header("Accept-Language", "en")
                .param("title", "").param("departmentId", chain.kitchen().id().toString())
                .param("orgUnitId", chain.east().id().toString()).param("metric", "NPS")
                .param("touchpointId", serving.id().toString()).param("startedOn", today.minusDays(9).toString());
        eastServing.forEach(id -> form.param("caseIds", id.toString()));
        mvc.perform(form).andExpect(status().isOk()).andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Groups 4 cases.")));
        MvcResult created = mvc.perform(form.param("title", "出餐保温")).andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/initiatives/".length()));

        MetricChange change = initiatives.metricChange(scope(chain.hq()), id);
        assertThat(change.before().n()).isEqualTo(10);
        assertThat(change.before().value()).isCloseTo(-40.0, within(1e-9));
        assertThat(change.after().n()).isEqualTo(10);
        assertThat(change.after().value()).isCloseTo(60.0, within(1e-9));
        assertThat(change.before().to()).isEqualTo(today.minusDays(10));
        assertThat(change.pValue()).isCloseTo(0.00234, within(1e-4));
        assertThat(change.significant()).isTrue();
        mvc.perform(get("/initiatives/{id}", id).with(cx).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("▲ +100.0")))
                .andExpect(content().string(containsString("significant")));

        mvc.perform(post("/api/v1/initiatives/{id}/tasks", id).with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"出餐口加装保温灯\",\"ownerId\":\"" + chain.storeAManager().id() + "\",\"dueOn\":\"" + today.plusDays(7) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.done").value(false));
        UUID task = initiatives.tasks(scope(chain.hq()), id).get(0).id();
        mvc.perform(post("/initiatives/{id}/tasks/{t}", id, task).with(cx).with(csrf()).param("done", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/initiatives/{id}", id).with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiative.cases").value(4))
                .andExpect(jsonPath("$.initiative.tasksDone").value(1))
                .andExpect(jsonPath("$.metric.after.value").value(60.0))
                .andExpect(jsonPath("$.cases.length()").value(4));
    }

    @Test
    void initiativesStayInsideScopeAndTenant() throws Exception {
        LocalDate today = LocalDate.now();
        Initiative west = initiatives.create(user(chain.cx().id()), new NewInitiative("西南上菜", null, chain.kitchen().id(), null,
                chain.west().id(), InitiativeMetric.CSAT, serving.id(), today, null, List.of()));
        mvc.perform(get("/api/v1/initiatives/{id}", west.id()).with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives").with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/initiatives/{id}", west.id()).with(SignIn.as(mvc, other.admin().username())))
                .andExpect(status().isNotFound());

        Initiative east = initiatives.create(user(chain.eastManager().id()), new NewInitiative("华东结账", null, chain.operations().id(),
                chain.eastManager().id(), chain.east().id(), InitiativeMetric.NPS, null, today, null, List.of()));
        List<UUID> everyCase = reports.caseIds(scope(chain.hq()), CaseFilter.lastDays(today, 90));
        assertThat(initiatives.addCases(user(chain.eastManager().id()), east.id(), everyCase))
                .as("the west case is not the east manager's to group").isEqualTo(5);
        mvc.perform(post("/api/v1/initiatives").with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"越界\",\"departmentId\":\"" + chain.kitchen().id() + "\",\"orgUnitId\":\""
                                + chain.west().id() + "\",\"metric\":\"NPS\",\"startedOn\":\"" + today + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));

        // CSAT before 1..5 (mean 3), after 3, 4, 5, 4, 4 (mean 4): +1.0, Welch t = 1.29, not significant
        answersCsat(chain.storeC(), serving, today.minusDays(1), 1, 2, 3, 4, 5);
        answersCsat(chain.storeC(), serving, today, 3, 4, 5, 4, 4);
        MetricChange csat = initiatives.metricChange(scope(chain.hq()), west.id());
        assertThat(csat.before().n()).isEqualTo(5);
        assertThat(csat.difference()).isCloseTo(1.0, within(1e-9));
        assertThat(csat.significant()).isFalse();
    }

    private void insertCase(OrgUnit unit, Touchpoint touchpoint, Double firstResponseHours, Double resolvedHours,
                            UUID rootCause, Double dueHours) {
        OffsetDateTime created = base.plusHours(nextNumber);
        jdbc.sql("""
                insert into feedback_case (tenant_id, id, case_number, org_unit_id, touchpoint_id, title, status, priority,
                                           created_at, updated_at, first_responded_at, resolved_at, root_cause_id, due_at)
                values (?, ?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?)""")
                .params(chain.tenant().id(), Ids.newId(), nextNumber++, unit.id(), touchpoint.id(), "case",
                        resolvedHours == null ? "NEW" : "RESOLVED", created, created, plusHours(created, firstResponseHours),
                        plusHours(created, resolvedHours), rootCause, plusHours(created, dueHours)).update();
    }

    private static OffsetDateTime plusHours(OffsetDateTime start, Double hours) {
        return hours == null ? null : start.plusMinutes((long) (hours * 60));
    }

    private void answers(OrgUnit unit, Touchpoint touchpoint, LocalDate day, int... scores) {
        for (int score : scores) {
            record(unit, touchpoint, day, score, null);
        }
    }

    private void answersCsat(OrgUnit unit, Touchpoint touchpoint, LocalDate day, int... scores) {
        for (int score : scores) {
            record(unit, touchpoint, day, null, score);
        }
    }

    private void record(OrgUnit unit, Touchpoint touchpoint, LocalDate day, Integer nps, Integer csat) {
        jdbc.sql("""
                insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, touchpoint_id, channel, occurred_at, nps, csat)
                values (?, ?, 'SURVEY', ?, ?, ?, 'LINK', ?, ?, ?)""")
                .params(chain.tenant().id(), Ids.newId(), Ids.newId(), unit.id(), touchpoint.id(),
                        day.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime(), nps, csat).update();
    }

    private Scope scope(OrgUnit unit) {
        return new Scope(chain.tenant().id(), List.of(unit.path()));
    }

    private CurrentUser user(UUID id) {
        return users.find(chain.tenant().id(), id).map(u -> new CurrentUser(u.tenantId(), u.id(), u.username(), u.displayName(),
                u.role(), users.scopeOf(u), Locale.SIMPLIFIED_CHINESE)).orElseThrow();
    }
}
