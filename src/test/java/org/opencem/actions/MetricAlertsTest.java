package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.actions.internal.rules.MetricAlerts;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.journey.Journeys;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Metric rules on hand-made weeks: store A's NPS falls 50 → 10 on 100 answers a week (z −3.75,
 * significant), store B's 30 → 10 on 30 a week (z −0.96, not); the dining touchpoint's detractors
 * make 40% of last week's answers.
 */
@OpenCemTest
class MetricAlertsTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired FeedbackRecords records;
    @Autowired TransactionTemplate transaction;
    @Autowired AlertRules rules;
    @Autowired MetricAlerts metricAlerts;
    @Autowired Journeys journeys;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    TestFixtures.Chain chain;
    CurrentUser cx;
    UUID dining;

    @BeforeEach
    void weeks() {
        chain = fixtures.chain();
        cx = new CurrentUser(chain.tenant().id(), chain.cx().id(), chain.cx().username(), chain.cx().displayName(),
                chain.cx().role(), users.scopeOf(chain.cx()), java.util.Locale.ENGLISH);
        UUID journey = journeys.createJourney(chain.tenant().id(), "Dining", null).id();
        UUID stage = journeys.addStage(chain.tenant().id(), journey, "Eat").id();
        dining = journeys.addTouchpoint(chain.tenant().id(), stage, "就餐", chain.operations().id()).id();
        LocalDate lastWeek = metricAlerts.lastCompleteWeek();
        List<FeedbackRecord> all = new ArrayList<>();
        all.addAll(week(chain.storeA(), lastWeek.minusWeeks(1), 60, 30, 10));
        all.addAll(week(chain.storeA(), lastWeek, 40, 30, 30));
        all.addAll(week(chain.storeB(), lastWeek.minusWeeks(1), 15, 9, 6));
        all.addAll(week(chain.storeB(), lastWeek, 12, 9, 9));
        transaction.executeWithoutResult(s -> records.recordAll(all));
    }

    @Test
    void onlyASignificantFallOpensACaseAndOnlyOncePerWeek() throws Exception {
        String body = """
                {"name":"NPS fell","priority":"HIGH","kind":"METRIC","titleTemplate":"{unit}: NPS fell, {figures}",
                 "instruction":"Look at the staffing","metric":{"kind":"NPS_DROP","points":10,"minResponses":30}}""";
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx.username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(rules.checkMetricsNow(cx)).isEqualTo(1);
        assertThat(rules.checkMetricsNow(cx)).isZero();
        List<String> opened = metricCases();
        assertThat(opened).containsExactly(chain.storeA().id() + "|上海南京西路店: NPS fell, NPS 50 → 10 (−40, z -3.75, n 100/100)|HIGH");
        String assignee = jdbc.sql("select assignee_id from feedback_case where tenant_id = ? and feedback_id is null")
                .param(chain.tenant().id()).query(String.class).single();
        assertThat(assignee).isEqualTo(chain.storeAManager().id().toString());

        mvc.perform(post("/api/v1/alert-rules/try").with(httpBasic(cx.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.cases").value(1))
                .andExpect(jsonPath("$.topUnits[0].name").value(chain.storeA().name()));
    }

    @Test
    void aTouchpointWhoseNegativeShareRisesAboveTheThresholdOpensACase() throws Exception {
        String body = """
                {"name":"Dining detractors","priority":"NORMAL","kind":"METRIC","titleTemplate":"{touchpoint}: {figures}",
                 "metric":{"kind":"NEGATIVE_SHARE","threshold":30,"basis":"DETRACTORS","minResponses":30}}""";
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx.username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
        mvc.perform(post("/api/v1/alert-rules/metric-check").with(httpBasic(cx.username(), TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.opened").value(0));
        // last week: store A 30 of 100 and store B 9 of 30 detractors, 39 of 130 = 30.0%, not above 30; the week before is not judged
        assertThat(metricCases()).isEmpty();
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx.username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"threshold\":30", "\"threshold\":25")));
        assertThat(rules.checkMetricsNow(cx)).isEqualTo(1);
        assertThat(metricCases()).containsExactly(chain.hq().id() + "|就餐: 30.0% > 25% (39/130)|NORMAL");
    }

    private List<String> metricCases() {
        return jdbc.sql("select org_unit_id, title, priority from feedback_case where tenant_id = ? and feedback_id is null")
                .param(chain.tenant().id())
                .query((rs, i) -> rs.getString("org_unit_id") + "|" + rs.getString("title") + "|" + rs.getString("priority")).list();
    }

    private List<FeedbackRecord> week(OrgUnit unit, LocalDate monday, int promoters, int passives, int detractors) {
        OffsetDateTime start = metricAlerts.start(monday).plusHours(10);
        List<FeedbackRecord> week = new ArrayList<>();
        int n = promoters + passives + detractors;
        for (int i = 0; i < n; i++) {
            int nps = i < promoters ? 10 : i < promoters + passives ? 7 : 3;
            week.add(new FeedbackRecord(unit.tenantId(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), unit.id(), dining, "LINK",
                    null, start.plusMinutes(i * 50L), nps, null, null, null, "zh", Map.of(), null));
        }
        return week;
    }
}
