package org.opencem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Dashboards;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.UnitType;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.opencem.organization.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo tenant made on start: its shape, its history and the stories the dashboard should tell. */
@OpenCemTest
@TestPropertySource(properties = "opencem.demo.enabled=true")
class DemoDataTest {

    @Autowired Tenants tenants;
    @Autowired OrgUnits orgUnits;
    @Autowired UserAccounts users;
    @Autowired Dashboards dashboards;
    @Autowired Cases cases;
    @Autowired DemoInstaller installer;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    UUID tenantId;
    OrgUnit hq;
    Scope headOffice;

    @BeforeEach
    void findDemo() {
        tenantId = tenants.findByCode(DemoBlueprint.TENANT_CODE).orElseThrow().id();
        hq = orgUnits.findByCode(tenantId, DemoBlueprint.HQ).orElseThrow();
        headOffice = new Scope(tenantId, List.of(hq.path()));
    }

    @Test
    void chainHasAHeadOfficeThreeRegionsAndTwelveStores() {
        List<OrgUnit> units = orgUnits.visible(headOffice);
        assertThat(units).hasSize(16);
        assertThat(units).filteredOn(u -> u.type() == UnitType.HEAD_OFFICE).hasSize(1);
        assertThat(units).filteredOn(u -> u.type() == UnitType.REGION).hasSize(3);
        assertThat(units).filteredOn(u -> u.type() == UnitType.STORE).hasSize(12)
                .allMatch(store -> orgUnits.inTenant(tenantId, store.parentId()).orElseThrow().type() == UnitType.REGION);
    }

    @Test
    void historyHasAboutTwentyThousandResponsesWithBilingualComments() {
        int responses = count("select count(*) from response where tenant_id = ?");
        int comments = count("select count(*) from feedback_record where tenant_id = ? and comment_text is not null");
        int english = count("select count(*) from feedback_record where tenant_id = ? and comment_text is not null and language = 'en'");
        assertThat(responses).isBetween(18_500, 21_000);
        assertThat(100.0 * comments / responses).isBetween(18.0, 28.0);
        assertThat(100.0 * english / comments).isBetween(12.0, 28.0);
        LocalDate newest = jdbc.sql("select max(rollup_day) from metric_rollup_unit where tenant_id = ?").param(tenantId)
                .query(LocalDate.class).single();
        assertThat(newest).isAfterOrEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
    }

    @Test
    void storeManagerSeesOnlyTheirStoreAndTheStoreWithoutOneFallsBackToTheRegion() {
        OrgUnit store = orgUnits.findByCode(tenantId, "SH001").orElseThrow();
        Scope scope = users.scopeOf(user("sh001"));
        assertThat(scope.unitPaths()).containsExactly(store.path());
        assertThat(orgUnits.visible(scope)).extracting(OrgUnit::code).containsExactly("SH001");

        OrgUnit unmanaged = orgUnits.findByCode(tenantId, "SU001").orElseThrow();
        assertThat(users.managerOf(tenantId, unmanaged.id())).map(UserAccount::username).contains("east");
    }

    @Test
    void weakStoresScoreWellBelowTheChain() {
        DashboardView chain = dashboards.overview(headOffice, hq.id(), 26);
        double chainNps = chain.total().nps().score();
        assertThat(chainNps).isBetween(25.0, 40.0);
        assertThat(chain.children()).hasSize(3);
        for (String code : List.of("GZ001", "CQ001")) {
            OrgUnit store = orgUnits.findByCode(tenantId, code).orElseThrow();
            DashboardView region = dashboards.overview(headOffice, store.parentId(), 26);
            double storeNps = region.children().stream().filter(row -> row.unit().id().equals(store.id()))
                    .findFirst().orElseThrow().metrics().nps().score();
            assertThat(storeNps).as(code).isLessThan(chainNps - 15);
        }
    }

    @Test
    void servingGotSlowInTheLastWeeks() {
        OrgUnit store = orgUnits.findByCode(tenantId, "SH001").orElseThrow();
        List<DashboardView.WeekPoint> trend = dashboards.overview(headOffice, store.id(), 26).trend();
        assertThat(trend).hasSize(26);
        double before = csat(trend.subList(0, 16));
        double recent = csat(trend.subList(22, 26));
        assertThat(recent).isLessThan(before - 10);

        UUID serving = jdbc.sql("select id from touchpoint where tenant_id = ? and name = ?").params(tenantId, DemoBlueprint.SERVING)
                .query(UUID.class).single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        double servingBefore = servingTopTwo(serving, today.minusDays(180), today.minusDays(60));
        double servingRecent = servingTopTwo(serving, today.minusDays(28), today);
        assertThat(servingRecent).isLessThan(servingBefore - 12);

        int slowBefore = slowComments(today.minusDays(112), today.minusDays(56));
        int slowRecent = slowComments(today.minusDays(56), today.plusDays(1));
        assertThat(slowRecent).isGreaterThan(2 * slowBefore);
    }

    @Test
    void casesAreNewInProgressAndResolved() {
        CurrentUser admin = currentUser(user("admin"));
        Map<InboxFilter, Integer> counts = cases.counts(admin);
        assertThat(counts.get(InboxFilter.OPEN)).isBetween(15, 120);
        assertThat(cases.inbox(admin, InboxFilter.RESOLVED, 100_000)).hasSizeGreaterThan(1_000)
                .allMatch(c -> c.resolution() != null && !c.resolvedAt().isBefore(c.createdAt()));
        assertThat(cases.inbox(admin, InboxFilter.OPEN, 1_000)).extracting(c -> c.status().name())
                .contains("NEW", "IN_PROGRESS");
        assertThat(count("select count(*) from feedback_case where tenant_id = ? and assignee_id is null")).isZero();
    }

    @Test
    void aSecondStartCreatesNothing() {
        int responses = count("select count(*) from response where tenant_id = ?");
        int caseCount = count("select count(*) from feedback_case where tenant_id = ?");
        int units = count("select count(*) from org_unit where tenant_id = ?");
        DemoInstaller.Outcome outcome = installer.install().orElseThrow();
        assertThat(outcome.created()).isFalse();
        assertThat(outcome.tenantId()).isEqualTo(tenantId);
        assertThat(count("select count(*) from response where tenant_id = ?")).isEqualTo(responses);
        assertThat(count("select count(*) from feedback_case where tenant_id = ?")).isEqualTo(caseCount);
        assertThat(count("select count(*) from org_unit where tenant_id = ?")).isEqualTo(units);
        assertThat(jdbc.sql("select count(*) from tenant where code = ?").param(DemoBlueprint.TENANT_CODE)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void loginPageListsTheDemoSignIns() throws Exception {
        mvc.perform(get("/login").locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(containsString("sh001")))
                .andExpect(content().string(containsString("demo1234")))
                .andExpect(content().string(containsString("上海南京西路店")));
    }

    private int count(String sql) {
        return jdbc.sql(sql).param(tenantId).query(Integer.class).single();
    }

    private UserAccount user(String username) {
        return users.all(tenantId).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private CurrentUser currentUser(UserAccount user) {
        return new CurrentUser(tenantId, user.id(), user.username(), user.displayName(), user.role(),
                users.scopeOf(user), Locale.SIMPLIFIED_CHINESE);
    }

    private static double csat(List<DashboardView.WeekPoint> weeks) {
        int n = weeks.stream().mapToInt(w -> w.metrics().csat().n()).sum();
        int top = weeks.stream().mapToInt(w -> w.metrics().csat().topTwo()).sum();
        return 100.0 * top / n;
    }

    private double servingTopTwo(UUID touchpoint, LocalDate from, LocalDate to) {
        return jdbc.sql("select 100.0 * sum(m.csat_4 + m.csat_5) / sum(m.csat_1 + m.csat_2 + m.csat_3 + m.csat_4 + m.csat_5) "
                        + "from metric_rollup m join org_unit u "
                        + "on u.tenant_id = m.tenant_id and u.id = m.org_unit_id "
                        + "where m.tenant_id = ? and m.touchpoint_id = ? and u.code in ('SH001', 'SH002', 'HZ001', 'SZ001') "
                        + "and m.rollup_day between ? and ?")
                .params(tenantId, touchpoint, Date.valueOf(from), Date.valueOf(to)).query(Double.class).single();
    }

    /** Complaints about slow serving in the stores whose kitchen fell behind. */
    private int slowComments(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ? "
                        + "and u.code in ('SH001', 'SH002', 'HZ001', 'SZ001') and (f.nps <= 6 or (f.nps is null and f.csat <= 2)) "
                        + "and (f.comment_text like '%上菜%' or f.comment_text like '%等菜%' or f.comment_text like '%才上%' "
                        + "or f.comment_text like '%took forever%' or f.comment_text like '%slow%')")
                .params(tenantId, from.atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                        to.atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
                .query(Integer.class).single();
    }
}
