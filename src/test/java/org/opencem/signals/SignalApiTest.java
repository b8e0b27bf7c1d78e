package org.opencem.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.identity.UserAccount;
import org.opencem.journey.Journeys;
import org.opencem.journey.Touchpoint;
import org.opencem.platform.Scope;
import org.opencem.signals.internal.TouchpointRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OpenCemTest
class SignalApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords feedback;
    @Autowired
    FeedbackDispatcher dispatcher;
    @Autowired
    TouchpointRules rules;
    @Autowired
    Journeys journeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    /** CSAT answers, their sum and the top two boxes, from the rollups the dashboards read. */
    static final String CSAT_SUMS = "sum(csat_1 + csat_2 + csat_3 + csat_4 + csat_5) as n, "
            + "sum(csat_1 + 2 * csat_2 + 3 * csat_3 + 4 * csat_4 + 5 * csat_5) as total, sum(csat_4 + csat_5) as top2";

    TestFixtures.Chain chain;

    @BeforeEach
    void setUp() {
        chain = fixtures.chain();
    }

    private static RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }

    private static Map<String, Object> review(String id, String store, int rating, String text) {
        return Map.of("source", "REVIEW", "externalId", id, "store", store, "occurredAt", "2026-11-02 12:30",
                "rating", rating, "title", "午餐", "text", text, "author", "小王", "channel", "dianping");
    }

    private JsonNode send(UserAccount user, List<?> records) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/signals").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("records", records))))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void takesTheGoodRecordsAndAnswersEachBadOneWithItsReasons() throws Exception {
        Map<String, Object> noStore = new java.util.HashMap<>(review("r-2", "NOPE", 4, "ok"));
        Map<String, Object> badTime = new java.util.HashMap<>(review("r-3", "S001", 9, "ok"));
        badTime.put("occurredAt", "yesterday");
        List<Map<String, Object>> records = new ArrayList<>(List.of(review("r-1", "S001", 2, "上菜太慢，等了四十分钟"), noStore, badTime));
        records.add(null);
        JsonNode answer = send(chain.admin(), records);

        assertThat(answer.get("created").asInt()).isEqualTo(1);
        assertThat(answer.get("rejected").asInt()).isEqualTo(3);
        assertThat(answer.at("/results/3/errors").findValuesAsString("field")).contains("source", "externalId", "store");
        assertThat(answer.at("/results/0/status").asString()).isEqualTo("CREATED");
        assertThat(answer.at("/results/1/errors/0/field").asString()).isEqualTo("store");
        assertThat(answer.at("/results/2/errors").findValuesAsString("field")).containsExactly("occurredAt", "rating");

        UUID signalId = UUID.fromString(answer.at("/results/0/signalId").asString());
        FeedbackRecord record = feedback.bySource(scope(), FeedbackSource.REVIEW, signalId).orElseThrow();
        assertThat(record.csat()).isEqualTo(2);
        assertThat(record.comment()).isEqualTo("午餐\n上菜太慢，等了四十分钟");
        assertThat(record.orgUnitId()).isEqualTo(chain.storeA().id());
        assertThat(record.channel()).isEqualTo("dianping");
        assertThat(record.occurredAt().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-02T04:30:00Z"));
        String original = jdbc.sql("select original from signal_record where tenant_id = ? and id = ?")
                .params(chain.tenant().id(), signalId).query(String.class).single();
        assertThat(json.readTree(original).get("author").asString()).isEqualTo("小王");
    }

    @Test
    void sendingASignalAgainUpdatesItAndNeverCountsItTwice() throws Exception {
        JsonNode first = send(chain.admin(), List.of(review("r-1", "S001", 2, "太慢了")));
        dispatcher.dispatchPending();
        JsonNode again = send(chain.admin(), List.of(review("r-1", "S001", 5, "后来店长道歉了，很好")));
        JsonNode same = send(chain.admin(), List.of(review("r-1", "S001", 5, "后来店长道歉了，很好")));
        dispatcher.dispatchPending();

        assertThat(again.at("/results/0/status").asString()).isEqualTo("UPDATED");
        assertThat(same.at("/results/0/status").asString()).isEqualTo("UNCHANGED");
        assertThat(again.at("/results/0/feedbackId")).isEqualTo(first.at("/results/0/feedbackId"));
        assertThat(again.at("/results/0/signalId")).isEqualTo(first.at("/results/0/signalId"));
        assertThat(jdbc.sql("select count(*) from feedback_record where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isEqualTo(1);
        Map<String, Object> day = jdbc.sql("select " + CSAT_SUMS + " from metric_rollup where tenant_id = ?")
                .param(chain.tenant().id()).query().singleRow();
        assertThat(((Number) day.get("n")).intValue()).isEqualTo(1);
        assertThat(((Number) day.get("total")).intValue()).isEqualTo(5);
        assertThat(((Number) day.get("top2")).intValue()).isEqualTo(1);
        UUID feedbackId = UUID.fromString(first.at("/results/0/feedbackId").asString());
        assertThat(feedback.find(scope(), feedbackId).orElseThrow().comment()).contains("店长道歉");
    }

    @Test
    void aCallBecomesTheCustomersTurnsAndARulePutsItOnItsTouchpoint() throws Exception {
        var journey = journeys.createJourney(chain.tenant().id(), "用餐", null);
        var stage = journeys.addStage(chain.tenant().id(), journey.id(), "上菜");
        Touchpoint serving = journeys.addTouchpoint(chain.tenant().id(), stage.id(), "上菜速度", chain.kitchen().id());
        rules.add(chain.tenant().id(), FeedbackSource.CALL, null, "上菜", serving.id());

        Map<String, Object> call = Map.of("source", "CALL", "externalId", "call-77", "store", "S002",
                "occurredAt", "2026-11-03T19:05:00+08:00", "customerId", "M-1001", "turns", List.of(
                        Map.of("speaker", "坐席", "text", "您好，请问有什么可以帮您？"),
                        Map.of("speaker", "客户", "text", "上菜太慢了"),
                        Map.of("speaker", "agent", "text", "非常抱歉"),
                        Map.of("speaker", "customer", "text", "下次不来了")));
        JsonNode answer = send(chain.cx(), List.of(call));

        FeedbackRecord record = feedback.find(scope(), UUID.fromString(answer.at("/results/0/feedbackId").asString())).orElseThrow();
        assertThat(record.comment()).isEqualTo("上菜太慢了\n下次不来了");
        assertThat(record.touchpointId()).isEqualTo(serving.id());
        assertThat(record.customerId()).isEqualTo("M-1001");
        assertThat(record.csat()).isNull();
        String original = jdbc.sql("select original from signal_record where tenant_id = ? and external_id = 'call-77'")
                .param(chain.tenant().id()).query(String.class).single();
        assertThat(json.readTree(original).get("turns")).hasSize(4);
    }

    @Test
    void refusesEmptyBatchesAndMoreThanAThousandRecords() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= SignalIntake.MAX_BATCH; i++) {
            many.add(review("r-" + i, "S001", 4, "好"));
        }
        mvc.perform(post("/api/v1/signals").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("records", many))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("records"))
                .andExpect(jsonPath("$.errors[0].code").value("signals.api.tooMany"));
        mvc.perform(post("/api/v1/signals").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"records\":[]}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from signal_record where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isZero();

        JsonNode thousand = send(chain.admin(), many.subList(0, SignalIntake.MAX_BATCH));
        assertThat(thousand.get("created").asInt()).isEqualTo(SignalIntake.MAX_BATCH);
    }

    @Test
    void storesOutsideTheCallersScopeOrTenantAreUnknown() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        JsonNode answer = send(chain.storeAManager(), List.of(review("r-1", "S001", 4, "好"), review("r-2", "S003", 1, "差")));
        assertThat(answer.at("/results/0/status").asString()).isEqualTo("CREATED");
        assertThat(answer.at("/results/1/errors/0/code").asString()).isEqualTo("signals.error.unknownStore");

        send(other.admin(), List.of(review("r-9", "S002", 1, "别家的差评")));
        // the same source and external id in another tenant is another signal
        JsonNode mine = send(chain.admin(), List.of(review("r-9", "S002", 5, "好")));
        assertThat(mine.at("/results/0/status").asString()).isEqualTo("CREATED");

        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        String page = mvc.perform(get("/signals").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("上海南京西路店").doesNotContain("杭州西湖店").doesNotContain("别家的差评");
        UUID otherSignal = jdbc.sql("select id from signal_record where tenant_id = ?").param(other.tenant().id())
                .query(UUID.class).single();
        mvc.perform(get("/signals/{id}", otherSignal).with(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/signals/dead-letters").with(manager)).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/signals'].post.summary").value("Take in a batch of signals"))
                .andExpect(jsonPath("$.components.schemas.Signal.properties.externalId").exists());
    }

    private Scope scope() {
        return new Scope(chain.tenant().id(), List.of(chain.hq().path()));
    }
}
