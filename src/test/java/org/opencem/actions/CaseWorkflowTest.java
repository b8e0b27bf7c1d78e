package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.opencem.actions.CaseSettings;
import org.opencem.actions.CaseConfiguration;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.identity.UserAccount;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Working a case: statuses, notes and mentions, asking for a supervisor, root causes, opening by hand, scope. */
@OpenCemTest
@Import(CaseWorld.class)
class CaseWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired CaseWorld worlds;
    @Autowired Cases cases;
    @Autowired CaseConfiguration settings;
    @Autowired Surveys surveys;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired JdbcClient jdbc;

    CaseWorld.World world;
    UserAccount cook;
    CurrentUser asCook;
    CaseSummary kitchenCase;

    @BeforeEach
    void kitchenCaseAtStoreA() {
        world = worlds.build();
        cook = worlds.person(world, "cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        asCook = worlds.signedIn(cook);
        kitchenCase = cases.create(worlds.signedIn(world.chain().cx()), world.chain().storeA().id(), world.serving().id(),
                "汤是凉的", CasePriority.HIGH, "C-1001");
    }

    @Test
    void statusesFollowTheAllowedPathsAndEveryStepIsInTheHistory() {
        UUID id = kitchenCase.id();
        assertThatThrownBy(() -> cases.changeStatus(asCook, id, CaseStatus.CLOSED, null, null))
                .isInstanceOf(CaseConflictException.class);
        cases.changeStatus(asCook, id, CaseStatus.IN_PROGRESS, null, null);
        cases.changeStatus(asCook, id, CaseStatus.WAITING_FOR_CUSTOMER, "等顾客回电", null);
        assertThatThrownBy(() -> cases.changeStatus(asCook, id, CaseStatus.RESOLVED, " ", null))
                .isInstanceOf(InvalidInputException.class);
        cases.changeStatus(asCook, id, CaseStatus.RESOLVED, "已致电致歉，赠送代金券", null);
        assertThatThrownBy(() -> cases.changeStatus(asCook, id, CaseStatus.REOPENED, null, null))
                .as("reopening needs a reason").isInstanceOf(InvalidInputException.class);
        cases.changeStatus(asCook, id, CaseStatus.CLOSED, null, null);
        cases.changeStatus(asCook, id, CaseStatus.REOPENED, "顾客再次投诉", null);

        CaseSummary reopened = cases.get(asCook.scope(), id);
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.dueAt()).as("fresh clocks from the reopening").isAfterOrEqualTo(kitchenCase.dueAt());
        assertThat(reopened.firstRespondedAt()).isNull();
        assertThat(cases.history(asCook.scope(), id)).extracting(CaseActivity::kind).containsSubsequence(
                "OPENED", "ASSIGNED", "IN_PROGRESS", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED", "REOPENED");
        assertThat(cases.history(asCook.scope(), id)).filteredOn(a -> a.kind().equals("CLOSED"))
                .extracting(CaseActivity::actorName).containsExactly(cook.displayName());
    }

    @Test
    void aWrongStatusChangeIsAConflictWithProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/status").with(httpBasic(cook.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("case.error.transition"));
        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/status").with(httpBasic(cook.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"RESOLVED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/status").with(httpBasic(cook.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void mentionsNotifyColleaguesWhoCanSeeTheCase() {
        UserAccount chef = worlds.person(world, "chef", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().east());
        UserAccount farAway = worlds.person(world, "west-cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().west());
        cases.addNote(asCook, kitchenCase.id(), "@" + chef.username() + " 请看一下出餐记录，也抄送 @" + farAway.username()
                + " 和 @nobody");
        assertThat(notices(chef.id(), "case.mentioned")).isEqualTo(1);
        assertThat(notices(farAway.id(), "case.mentioned")).as("cannot see store A's cases").isZero();
        assertThat(cases.history(asCook.scope(), kitchenCase.id())).filteredOn(a -> a.kind().equals("MENTIONED"))
                .extracting(CaseActivity::targetName).containsExactly(chef.displayName());
        assertThat(cases.get(asCook.scope(), kitchenCase.id()).firstRespondedAt()).as("a note is a first response").isNotNull();
        assertThat(Cases.mentions("cc @" + chef.username() + ".", chef.username())).isFalse();
        assertThat(Cases.mentions("cc @" + chef.username() + " 谢谢", chef.username())).isTrue();
    }

    @Test
    void aHandlerAsksForASupervisorAndTheCaseMovesUp() throws Exception {
        mvc.perform(post("/cases/" + kitchenCase.id() + "/escalate").with(SignIn.as(mvc, cook.username())).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/cases/" + kitchenCase.id() + "/escalate").with(SignIn.as(mvc, cook.username())).with(csrf())
                        .param("reason", "顾客要求店长出面"))
                .andExpect(status().is3xxRedirection());
        CaseSummary escalated = cases.get(worlds.signedIn(world.chain().cx()).scope(), kitchenCase.id());
        assertThat(escalated.assigneeId()).isEqualTo(world.chain().storeAManager().id());
        assertThat(escalated.escalationLevel()).isEqualTo(1);
        assertThat(notices(world.chain().storeAManager().id(), "case.escalated")).isEqualTo(1);
        assertThat(cases.history(asCook.scope(), kitchenCase.id())).filteredOn(a -> a.kind().equals("ESCALATED"))
                .singleElement().satisfies(a -> {
                    assertThat(a.actorName()).isEqualTo(cook.displayName());
                    assertThat(a.body()).isEqualTo("顾客要求店长出面");
                    assertThat(a.dueAt()).isNotNull();
                });

        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/escalate")
                        .with(httpBasic(world.chain().storeAManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"需要区域支持\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assigneeId").value(world.chain().eastManager().id().toString()));
        CurrentUser cx = worlds.signedIn(world.chain().cx());
        cases.assign(cx, kitchenCase.id(), world.chain().cx().id());
        assertThatThrownBy(() -> cases.escalate(cx, kitchenCase.id(), "再往上"))
                .isInstanceOf(CaseConflictException.class).extracting("code").isEqualTo("case.error.topOfChain");
    }

    @Test
    void aRootCauseIsRequiredToResolveWhenTheTenantAsksForOne() throws Exception {
        CaseSettings current = settings.settings(world.tenantId());
        settings.save(world.tenantId(), new CaseSettings(current.zone(), current.opens(), current.closes(), current.workDays(),
                current.assignMode(), null, true, current.remindPercent()));
        RootCause slowKitchen = settings.addRootCause(world.tenantId(), "SLOW_KITCHEN", "出餐慢", "Slow kitchen");

        mvc.perform(post("/cases/" + kitchenCase.id() + "/resolve").with(SignIn.as(mvc, cook.username())).with(csrf())
                        .header("Accept-Language", "zh-CN").param("resolution", "已致歉").param("rootCauseId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择根因")))
                .andExpect(content().string(containsString("已致歉")));
        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/resolve").with(httpBasic(cook.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"已致歉\",\"rootCauseId\":\"" + slowKitchen.id() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rootCauseId").value(slowKitchen.id().toString()))
                .andExpect(jsonPath("$.status").value("RESOLVED"));
    }

    @Test
    void aStoreManagerCannotSeeOrChangeAnotherStoresCase() throws Exception {
        UserAccount storeB = worlds.person(world, "s002", Role.UNIT_MANAGER, world.chain().operations(), world.chain().storeB());
        String intruder = storeB.username();
        mvc.perform(get("/api/v1/cases/" + kitchenCase.id()).with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        for (String path : List.of("/status", "/assign", "/escalate", "/notes", "/priority")) {
            mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + path).with(httpBasic(intruder, TestFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"IN_PROGRESS\",\"assigneeId\":\"" + storeB.id() + "\",\"reason\":\"x\","
                                    + "\"text\":\"x\",\"priority\":\"LOW\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cases").param("tab", "OPEN").with(httpBasic(intruder, TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(0)));
        SignIn.Session session = SignIn.as(mvc, intruder);
        mvc.perform(get("/cases/" + kitchenCase.id()).with(session)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + kitchenCase.id() + "/escalate").with(session).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/board").with(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(world.chain().storeA().name()))));
        assertThat(cases.get(asCook.scope(), kitchenCase.id()).status()).isEqualTo(CaseStatus.NEW);

        mvc.perform(post("/api/v1/cases/" + kitchenCase.id() + "/assign").with(httpBasic(cook.username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assigneeId\":\"" + storeB.id() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
        mvc.perform(post("/api/v1/cases").with(httpBasic(intruder, TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\":\"" + world.chain().storeA().id() + "\",\"title\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));
    }

    @Test
    void aCaseOpenedByHandFromAResponseIsOpenedOnceAndShowsTheCustomersHistory() throws Exception {
        UUID t = world.tenantId();
        Scope hq = new Scope(t, List.of(world.chain().hq().path()));
        Survey survey = surveys.create(t, "NPS", SurveyTemplate.NPS, world.table().id(), "就餐", false);
        surveys.publish(t, survey.id());
        SurveyLink link = surveys.link(hq, survey.id(), world.chain().storeA().id());
        mvc.perform(post(link.path()).param("nps", "7").param("reason", "还行，就是有点吵")).andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();
        UUID feedbackId = jdbc.sql("select id from feedback_record where tenant_id = ?").param(t).query(UUID.class).single();
        UUID responseId = jdbc.sql("select id from response where tenant_id = ?").param(t).query(UUID.class).single();

        String manager = world.chain().storeAManager().username();
        mvc.perform(get("/responses/" + responseId).with(SignIn.as(mvc, manager)))
                .andExpect(content().string(containsString("id=\"open-case\"")));
        mvc.perform(post("/cases/open").with(SignIn.as(mvc, manager)).with(csrf()).param("feedbackId", feedbackId.toString()))
                .andExpect(status().is3xxRedirection());
        String body = "{\"feedbackId\":\"" + feedbackId + "\",\"priority\":\"LOW\"}";
        String first = mvc.perform(post("/api/v1/cases").with(httpBasic(manager, TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(jdbc.sql("select count(*) from feedback_case where tenant_id = ? and feedback_id = ?").params(t, feedbackId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(first).contains("还行，就是有点吵").contains("\"departmentId\":\"" + world.chain().operations().id());

        mvc.perform(get("/cases/" + kitchenCase.id()).with(SignIn.as(mvc, manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C-1001")))
                .andExpect(content().string(containsString("还行，就是有点吵")));
    }

    @Test
    void theCaseApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].get.parameters[?(@.name == 'tab')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/status'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/assign'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/escalate'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/notes'].post").exists());
    }

    private int notices(UUID userId, String eventType) {
        return jdbc.sql("select count(*) from notify_inbox where tenant_id = ? and user_id = ? and event_type = ?")
                .params(world.tenantId(), userId, eventType).query(Integer.class).single();
    }
}
