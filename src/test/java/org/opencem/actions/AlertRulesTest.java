package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
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
import org.opencem.identity.UserAccounts;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Alert rules end to end: defaults, rules written through the API opening cases, try-outs, tenants and roles. */
@OpenCemTest
class AlertRulesTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired FeedbackRecords records;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;
    @Autowired AlertRules rules;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    TestFixtures.Chain chain;
    String cx;

    @BeforeEach
    void tenant() {
        chain = fixtures.chain();
        cx = chain.cx().username();
    }

    @Test
    void aNewTenantHasTheDetractorRulesAndADetractorStillOpensACase() throws Exception {
        mvc.perform(get("/api/v1/alert-rules").with(httpBasic(cx, TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].name").value("强烈贬损者（NPS ≤ 3）"))
                .andExpect(jsonPath("$[0].priority").value("HIGH"))
                .andExpect(jsonPath("$[1].name").value("贬损者（NPS ≤ 6）"))
                .andExpect(jsonPath("$[1].enabled").value(true))
                .andExpect(jsonPath("$[1].conditions.conditions[0].operator").value("LE"));
        store(feedback(chain.storeA(), 2, "等了一个小时", 0), feedback(chain.storeA(), 5, "一般", 0),
                feedback(chain.storeA(), 9, "很好", 0));
        assertThat(cases(chain)).containsExactlyInAnyOrder("等了一个小时|HIGH", "一般|NORMAL");
    }

    @Test
    void aRuleWrittenThroughTheApiOpensCasesFirstMatchByPriority() throws Exception {
        String body = """
                {"name":"Hygiene","priority":"HIGH","titleTemplate":"{unit}: {comment} (NPS {nps})",
                 "instruction":"Call within 24 hours",
                 "conditions":{"match":"ANY","conditions":[
                   {"type":"KEYWORDS","operator":"ANY","values":["蟑螂","dirty"]},
                   {"type":"SCORE","field":"CSAT","operator":"LE","value":"1"}]},
                 "recipients":{"caseOwner":true,"ownersManager":true,"users":[],"channels":["wecom-ops"]}}""";
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx, TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.broken").value(false))
                .andReturn().getResponse().getContentAsString(), "$.id");
        store(feedback(chain.storeB(), 5, "桌上有蟑螂", 0), feedback(chain.storeB(), 10, "The floor was DIRTY", 0));
        assertThat(cases(chain)).containsExactlyInAnyOrder("杭州西湖店: 桌上有蟑螂 (NPS 5)|HIGH", "杭州西湖店: The floor was DIRTY (NPS 10)|HIGH");
        assertThat(rules.find(chain.tenant().id(), UUID.fromString(id)).orElseThrow().recipients().channels()).containsExactly("wecom-ops");

        mvc.perform(put("/api/v1/alert-rules/" + id).with(httpBasic(cx, TestFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"Hygiene\"", "\"Hygiene\",\"enabled\":false")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        store(feedback(chain.storeB(), 8, "又有蟑螂", 0));
        assertThat(cases(chain)).hasSize(2);
        mvc.perform(delete("/api/v1/alert-rules/" + id).with(httpBasic(cx, TestFixtures.PASSWORD))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/alert-rules/" + id).with(httpBasic(cx, TestFixtures.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void invalidRulesAreRefusedFieldByFieldAndBrokenOnesAreShownAndSkipped() throws Exception {
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx, TestFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"","priority":"HIGH","titleTemplate":"x","conditions":{"match":"ALL","conditions":[
                                  {"type":"SCORE","field":"NPS","operator":"LE","value":"six"}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("conditions[0].value")));
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx, TestFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"name":"Impossible","priority":"HIGH","titleTemplate":"x","conditions":{"match":"ALL","conditions":[
                                  {"type":"SCORE","field":"NPS","operator":"GE","value":"8"},
                                  {"type":"SCORE","field":"NPS","operator":"LE","value":"3"},
                                  {"type":"TOUCHPOINT","values":["%s"]}]}}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.broken").value(true))
                .andExpect(jsonPath("$.problems[*].code", hasItem("rules.broken.contradiction")))
                .andExpect(jsonPath("$.problems[*].code", hasItem("rules.broken.unknownTouchpoint")))
                .andExpect(jsonPath("$.problems[*].message", hasItem("Contradicts another NPS condition: no answer meets both.")));
        store(feedback(chain.storeA(), 8, "ok", 0));
        assertThat(cases(chain)).isEmpty();
    }

    @Test
    void tryOutCountsWhatTheRuleWouldHaveOpenedInTheLast30Days() throws Exception {
        store(feedback(chain.storeA(), 1, "服务太慢", 1), feedback(chain.storeA(), 3, "上菜太慢了", 2),
                feedback(chain.storeB(), 2, "慢", 3), feedback(chain.storeC(), 9, "不慢", 4),
                feedback(chain.storeA(), 0, "慢得离谱", 45));
        mvc.perform(post("/api/v1/alert-rules/try").with(httpBasic(cx, TestFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Slow","priority":"HIGH","titleTemplate":"{comment}","conditions":{"match":"ALL","conditions":[
                                  {"type":"KEYWORDS","operator":"ANY","values":["慢"]},
                                  {"type":"SCORE","field":"NPS","operator":"LE","value":"6"}]}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.examined").value(4))
                .andExpect(jsonPath("$.cases").value(3))
                .andExpect(jsonPath("$.topUnits[0].name").value(chain.storeA().name()))
                .andExpect(jsonPath("$.topUnits[0].cases").value(2))
                .andExpect(jsonPath("$.topUnits[1].cases").value(1))
                .andExpect(jsonPath("$.samples[0].text").value("服务太慢"))
                .andExpect(jsonPath("$.samples", hasSize(3)));
        String defaultRule = rules.list(me(chain)).get(1).id().toString();
        mvc.perform(post("/api/v1/alert-rules/" + defaultRule + "/try").with(httpBasic(cx, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.cases").value(3));
        assertThat(rules.matchedLast30Days(me(chain))).containsEntry(UUID.fromString(defaultRule), 3);
    }

    @Test
    void aRuleOfOneTenantNeverFiresOnAnotherAndItsRulesStayHidden() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        String body = """
                {"name":"Cockroach","priority":"HIGH","titleTemplate":"{comment}","conditions":{"match":"ALL","conditions":[
                  {"type":"KEYWORDS","operator":"ANY","values":["蟑螂"]}]}}""";
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/alert-rules").with(httpBasic(cx, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString(), "$.id");
        store(feedback(other.storeA(), 9, "看到蟑螂", 0), feedback(chain.storeA(), 9, "看到蟑螂", 0));
        assertThat(cases(other)).isEmpty();
        assertThat(cases(chain)).containsExactly("看到蟑螂|HIGH");

        String intruder = other.admin().username();
        mvc.perform(get("/api/v1/alert-rules/" + id).with(httpBasic(intruder, TestFixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/alert-rules/" + id).with(httpBasic(intruder, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alert-rules/" + id + "/try").with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/alert-rules/" + id).with(httpBasic(intruder, TestFixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alert-rules").with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$[*].name", org.hamcrest.Matchers.not(hasItem("Cockroach"))));
        mvc.perform(get("/cases/rules/" + id).with(SignIn.as(mvc, intruder))).andExpect(status().isNotFound());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/alert-rules/{id}/try'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/alert-rules'].post.responses['201']").exists());
    }

    @Test
    void aStoreManagerCannotSeeOrEditRules() throws Exception {
        String manager = chain.storeAManager().username();
        String id = rules.list(me(chain)).get(0).id().toString();
        mvc.perform(get("/api/v1/alert-rules").with(httpBasic(manager, TestFixtures.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alert-rules").with(httpBasic(manager, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        SignIn.Session session = SignIn.as(mvc, manager);
        mvc.perform(get("/cases/rules").with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/cases/rules/" + id + "/enabled").with(session).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(rules.list(me(chain)).get(0).enabled()).isTrue();
        mvc.perform(get("/cases").with(session)).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("alert-rules-link"))));
    }

    @Test
    void theEditorKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        SignIn.Session session = SignIn.as(mvc, cx);
        mvc.perform(get("/cases").with(session)).andExpect(content().string(org.hamcrest.Matchers.containsString("alert-rules-link")));
        mvc.perform(post("/cases/rules").with(session).with(csrf()).header("Accept-Language", "en")
                        .param("name", "Slow kitchen").param("priority", "HIGH").param("enabled", "true").param("match", "ALL")
                        .param("c0.type", "SCORE").param("c0.field", "NPS").param("c0.operator", "LE").param("c0.value", "abc")
                        .param("c5.type", "KEYWORDS").param("c5.operator", "ANY").param("c5.values", "慢, slow")
                        .param("titleTemplate", "").param("notifyOwner", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Slow kitchen\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"abc\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"慢, slow\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A whole number, please.")));
        mvc.perform(post("/cases/rules").with(session).with(csrf())
                        .param("name", "Slow kitchen").param("priority", "HIGH").param("enabled", "true").param("match", "ALL")
                        .param("c0.type", "SCORE").param("c0.field", "NPS").param("c0.operator", "LE").param("c0.value", "-1")
                        .param("titleTemplate", "{comment}").param("notifyOwner", "true"))
                .andExpect(status().is3xxRedirection());
        AlertRule saved = rules.list(me(chain)).stream().filter(r -> r.name().equals("Slow kitchen")).findFirst().orElseThrow();
        assertThat(saved.broken()).isTrue();
        mvc.perform(get("/cases/rules").with(session).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NPS 不可能满足此条件：其取值范围是 0 到 10。")));
    }

    private CurrentUser me(TestFixtures.Chain c) {
        return new CurrentUser(c.tenant().id(), c.cx().id(), c.cx().username(), c.cx().displayName(), c.cx().role(),
                users.scopeOf(c.cx()), java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private List<String> cases(TestFixtures.Chain c) {
        return jdbc.sql("select title, priority from feedback_case where tenant_id = ? and feedback_id is not null")
                .param(c.tenant().id()).query((rs, i) -> rs.getString("title") + "|" + rs.getString("priority")).list();
    }

    private FeedbackRecord feedback(OrgUnit unit, int nps, String comment, int daysAgo) {
        return new FeedbackRecord(unit.tenantId(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), unit.id(), null, "LINK", null,
                OffsetDateTime.now().minusDays(daysAgo).minusMinutes(daysAgo), nps, null, null, comment, "zh", Map.of(), null);
    }

    private void store(FeedbackRecord... feedback) {
        transaction.executeWithoutResult(s -> records.recordAll(new ArrayList<>(List.of(feedback))));
        dispatcher.dispatchPending();
    }
}
