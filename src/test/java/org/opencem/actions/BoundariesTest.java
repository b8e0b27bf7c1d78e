package org.opencem.actions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Tries to cross tenants and scopes by guessing ids, through the console and the API. */
@OpenCemTest
class BoundariesTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired Surveys surveys;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    TestFixtures.Chain chain;
    TestFixtures.Chain otherTenant;
    Survey survey;
    UUID caseInStoreA;
    UUID responseInStoreA;
    UserAccount storeBManager;
    UserAccount analyst;

    @BeforeEach
    void detractorInStoreA() throws Exception {
        chain = fixtures.chain();
        otherTenant = fixtures.chain();
        Scope hq = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
        survey = surveys.create(chain.tenant().id(), "NPS", SurveyTemplate.NPS, UUID.randomUUID(), "就餐", false);
        surveys.publish(chain.tenant().id(), survey.id());
        SurveyLink link = surveys.link(hq, survey.id(), chain.storeA().id());
        mvc.perform(post(link.path()).param("nps", "2").param("reason", "服务员态度很差")).andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();
        caseInStoreA = jdbc.sql("select id from feedback_case where tenant_id = ?").param(chain.tenant().id()).query(UUID.class).single();
        responseInStoreA = jdbc.sql("select id from response where tenant_id = ?").param(chain.tenant().id()).query(UUID.class).single();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        storeBManager = users.create(chain.tenant().id(), new NewUser("s002-" + suffix, TestFixtures.PASSWORD, "S002 manager",
                null, Role.UNIT_MANAGER, null, List.of(chain.storeB().id())));
        analyst = users.create(chain.tenant().id(), new NewUser("analyst-" + suffix, TestFixtures.PASSWORD, "Analyst",
                null, Role.ANALYST, null, List.of(chain.hq().id())));
    }

    @Test
    void anotherTenantSeesNothingByGuessingIds() throws Exception {
        String intruder = otherTenant.admin().username();
        mvc.perform(get("/api/v1/cases/" + caseInStoreA).with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases/" + caseInStoreA + "/resolve").with(httpBasic(intruder, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"closing someone else's case\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/responses/" + responseInStoreA).with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/surveys/" + survey.id()).with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/overview").param("unit", chain.storeA().id().toString())
                .with(httpBasic(intruder, TestFixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));

        SignIn.Session session = SignIn.as(mvc, intruder);
        mvc.perform(get("/cases/" + caseInStoreA).with(session)).andExpect(status().isNotFound());
        mvc.perform(get("/responses/" + responseInStoreA).with(session)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + caseInStoreA + "/resolve").with(session).with(csrf()).param("resolution", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStoreManagerSeesOnlyTheirStore() throws Exception {
        String neighbour = storeBManager.username();
        mvc.perform(get("/api/v1/overview").with(httpBasic(neighbour, TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("S002"))
                .andExpect(jsonPath("$.total.npsN").value(0))
                .andExpect(jsonPath("$.children", hasSize(0)));
        mvc.perform(get("/api/v1/overview").param("unit", chain.storeA().id().toString())
                .with(httpBasic(neighbour, TestFixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseInStoreA).with(httpBasic(neighbour, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback").with(httpBasic(neighbour, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(0)));

        String owner = chain.storeAManager().username();
        mvc.perform(get("/api/v1/overview").with(httpBasic(owner, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.unit.code").value("S001")).andExpect(jsonPath("$.total.npsN").value(1))
                .andExpect(jsonPath("$.total.nps").value(-100.0));
        mvc.perform(get("/api/v1/cases").param("tab", "MINE").with(httpBasic(owner, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].title").value("服务员态度很差"));
        mvc.perform(get("/").with(SignIn.as(mvc, owner)))
                .andExpect(content().string(containsString(chain.storeA().name())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(chain.storeB().name()))));
    }

    @Test
    void casesAreWorkedThroughTheApiAndAnalystsOnlyRead() throws Exception {
        String owner = chain.storeAManager().username();
        mvc.perform(post("/api/v1/cases/" + caseInStoreA + "/notes").with(httpBasic(owner, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/cases/" + caseInStoreA + "/resolve").with(httpBasic(analyst.username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"done\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + caseInStoreA + "/resolve").with(httpBasic(owner, TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"已致电致歉\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolution").value("已致电致歉"));
        mvc.perform(get("/api/v1/cases/" + caseInStoreA + "/history").with(httpBasic(owner, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$[-1].kind").value("RESOLVED"));
    }

    @Test
    void onlyAdminsAndCxManagersChangeSurveys() throws Exception {
        String body = "{\"name\":\"x\",\"template\":\"NPS\",\"touchpointId\":\"" + UUID.randomUUID() + "\"}";
        mvc.perform(post("/api/v1/surveys").with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/" + survey.id() + "/close").with(httpBasic(analyst.username(), TestFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/surveys/" + survey.id() + "/publish").with(SignIn.as(mvc, chain.storeAManager().username()))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys").with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("touchpointId"));
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
    }
}
