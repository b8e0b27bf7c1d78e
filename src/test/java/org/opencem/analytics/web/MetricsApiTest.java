package org.opencem.analytics.web;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** /api/v1/metrics: figures with n, intervals and tests; refusals as 400 problem details; scope and roles. */
@OpenCemTest
class MetricsApiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 7);

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired FeedbackRecords records;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;

    TestFixtures.Chain chain;
    TestFixtures.Chain other;

    @BeforeEach
    void answers() {
        chain = fixtures.chain();
        other = fixtures.chain();
        transaction.executeWithoutResult(status -> records.recordAll(List.of(
                record(chain, chain.storeA().id(), DAY, 10, Map.of("rating.food", "4")),
                record(chain, chain.storeA().id(), DAY, 9, Map.of("rating.food", "5")),
                record(chain, chain.storeB().id(), DAY, 2, Map.of()),
                record(chain, chain.storeC().id(), DAY.minusDays(7), 5, Map.of()),
                record(other, other.storeA().id(), DAY, 0, Map.of()))));
        dispatcher.dispatchPending();
    }

    @Test
    void reportsTheUnitsWithTheirFiguresAndTheChange() throws Exception {
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "2026-04-01").param("to", "2026-04-07")
                        .param("groupBy", "child_unit").param("metrics", "nps,csat,rating.food,response_rate"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics", hasSize(4)))
                .andExpect(jsonPath("$.comparisonPeriod.from").value("2026-03-25"))
                .andExpect(jsonPath("$.total.values.nps.value", closeTo(33.3333, 0.001)))
                .andExpect(jsonPath("$.total.values.nps.n").value(3))
                .andExpect(jsonPath("$.total.values.nps.smallSample").value(true))
                .andExpect(jsonPath("$.total.values.nps.parts.promoters").value(2.0))
                .andExpect(jsonPath("$.total.values.nps.change.previous").value(-100.0))
                .andExpect(jsonPath("$.total.values.nps.change.previousN").value(1))
                .andExpect(jsonPath("$.total.values['rating.food'].value").value(4.5))
                .andExpect(jsonPath("$.total.values['rating.food'].distribution['5']").value(1))
                .andExpect(jsonPath("$.total.values.response_rate.availability").value("NOT_AVAILABLE"))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit.code").value("HQ"));
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("unit", chain.east().id().toString())
                        .param("from", "2026-04-07").param("to", "2026-04-07").param("groupBy", "child_unit")
                        .param("compare", "none"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].values.nps.value").value(100.0))
                .andExpect(jsonPath("$.rows[1].values.nps.value").value(-100.0))
                .andExpect(jsonPath("$.total.values.nps.change").doesNotExist());
        // each touchpoint's weeks, empty ones included; these answers have no touchpoint
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "2026-04-01").param("to", "2026-04-07")
                        .param("groupBy", "touchpoint_week").param("compare", "none"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].start", contains("2026-03-30", "2026-04-06")))
                .andExpect(jsonPath("$.rows[*].key", contains("none", "none")))
                .andExpect(jsonPath("$.rows[0].values.nps.n").value(0))
                .andExpect(jsonPath("$.rows[1].values.nps.n").value(3));
        mvc.perform(get("/api/v1/metrics/catalog").with(as(chain.cx())))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasItem("rating.food")));
    }

    @Test
    void impossibleQueriesAreRefusedWithTheFieldAtFault() throws Exception {
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "2026-04-07").param("to", "2026-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("metrics.error.periodReversed"));
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("metrics", "nps,loyalty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metrics"));
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("groupBy", "year"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("source", "EMAIL"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "2000-01-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void nothingOutsideTheCallersScopeOrTenant() throws Exception {
        mvc.perform(get("/api/v1/metrics").with(as(chain.storeAManager())).param("unit", chain.storeB().id().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("unit", other.storeA().id().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/metrics").with(as(chain.storeAManager())).param("from", "2026-04-07")
                        .param("to", "2026-04-07").param("groupBy", "child_unit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.values.nps.n").value(2))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit.code").value("S001"));
    }

    @Test
    void administratorsSetTheIndexWeightsAndRebuildTheRollups() throws Exception {
        mvc.perform(get("/api/v1/metrics/settings").with(as(chain.cx())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.weights.nps").value(0.4))
                .andExpect(jsonPath("$.minSample").value(30));
        String onlyNps = "{\"minSample\": 2, \"weights\": {\"nps\": 1, \"csat\": 0, \"ces\": 0, \"netSentiment\": 0}}";
        mvc.perform(put("/api/v1/metrics/settings").with(as(chain.cx())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(onlyNps))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/metrics/settings").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minSample\": 2, \"weights\": {\"nps\": 2, \"csat\": 0, \"ces\": 0, \"netSentiment\": 0}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nps"));
        mvc.perform(put("/api/v1/metrics/settings").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(onlyNps))
                .andExpect(status().isOk()).andExpect(jsonPath("$.weights.nps").value(1.0));
        // NPS 33.3 alone → (33.3 + 100) / 2, and 3 answers are no longer a small sample
        mvc.perform(get("/api/v1/metrics").with(as(chain.cx())).param("from", "2026-04-07").param("to", "2026-04-07")
                        .param("metrics", "cx_index"))
                .andExpect(jsonPath("$.total.values.cx_index.value", closeTo(66.6667, 0.001)))
                .andExpect(jsonPath("$.total.values.cx_index.smallSample").value(false));

        mvc.perform(post("/api/v1/metrics/rollups/rebuild").with(as(chain.cx())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/metrics/rollups/rebuild").with(as(chain.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuilt").value(true))
                .andExpect(jsonPath("$.mismatches").value(0))
                .andExpect(jsonPath("$.rows").value(3));
        mvc.perform(get("/api/v1/metrics/rollups/check").with(as(chain.admin())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mismatches").value(0));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/metrics'].get.parameters[?(@.name == 'groupBy')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/metrics/rollups/rebuild'].post").exists());
    }

    private static RequestPostProcessor as(org.opencem.identity.UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }

    private static FeedbackRecord record(TestFixtures.Chain in, UUID unit, LocalDate day, int nps, Map<String, String> attributes) {
        return new FeedbackRecord(in.tenant().id(), UUID.randomUUID(), FeedbackSource.SURVEY, UUID.randomUUID(), unit, null,
                "LINK", null, day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), nps, null, null,
                null, null, attributes, null);
    }
}
