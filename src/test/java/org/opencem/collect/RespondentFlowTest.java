package org.opencem.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.actions.CaseStatus;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Dashboards;
import org.opencem.analytics.NpsResult;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@OpenCemTest
class RespondentFlowTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired Surveys surveys;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired Dashboards dashboards;
    @Autowired Cases cases;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    TestFixtures.Chain chain;
    Scope headOffice;
    Survey survey;
    SurveyLink storeLink;

    @BeforeEach
    void publishSurvey() {
        chain = fixtures.chain();
        headOffice = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
        survey = surveys.create(chain.tenant().id(), "就餐 NPS", SurveyTemplate.NPS, UUID.randomUUID(), "就餐", true);
        surveys.publish(chain.tenant().id(), survey.id());
        storeLink = surveys.link(headOffice, survey.id(), chain.storeA().id());
    }

    @Test
    void aDetractorsAnswerIsStoredCountedAndBecomesACaseForTheStoreManager() throws Exception {
        mvc.perform(get(storeLink.path()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您有多大可能向朋友或同事推荐我们")))
                .andExpect(content().string(containsString("上海南京西路店")))
                .andExpect(content().string(not(containsString("<script"))));

        mvc.perform(post(storeLink.path()).param("nps", "3").param("reason", "上菜太慢了，等了四十分钟").param("csat", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString(storeLink.path() + "/thanks")));
        dispatcher.dispatchPending();

        DashboardView view = dashboards.overview(headOffice, chain.storeA().id(), 4);
        assertThat(view.total().nps().n()).isEqualTo(1);
        assertThat(view.total().nps().score()).isEqualTo(-100.0);
        assertThat(view.total().csat().n()).isEqualTo(1);

        CaseSummary opened = cases.inbox(users.find(chain.tenant().id(), chain.storeAManager().id())
                .map(u -> new org.opencem.platform.CurrentUser(u.tenantId(), u.id(), u.username(), u.displayName(),
                        u.role(), users.scopeOf(u), null)).orElseThrow(), org.opencem.actions.InboxFilter.MINE, 10).get(0);
        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.title()).contains("上菜太慢");
        assertThat(opened.nps()).isEqualTo(3);
    }

    @Test
    void storesRollUpTheTreeExactlyAsDomainDefinesAndUnmanagedStoresEscalateToTheRegion() throws Exception {
        SurveyLink storeBLink = surveys.link(headOffice, survey.id(), chain.storeB().id());
        for (String score : List.of("9", "10", "3")) {
            mvc.perform(post(storeLink.path()).param("nps", score)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(storeBLink.path()).param("nps", "7").param("csat", "4")).andExpect(status().is3xxRedirection());
        mvc.perform(post(storeBLink.path()).param("nps", "5").param("csat", "2")).andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();

        DashboardView region = dashboards.overview(headOffice, chain.east().id(), 4);
        // P = 2, D = 2, n = 5 → NPS = 100 × (2 − 2) / 5 = 0; CSAT top-2-box 1 of 2 = 50%
        assertThat(region.total().nps()).isEqualTo(new NpsResult(5, 2, 2));
        assertThat(region.total().nps().score()).isZero();
        assertThat(region.total().csat().topTwoBox()).isEqualTo(50.0);
        assertThat(region.children()).extracting(row -> row.unit().code()).containsExactly("S001", "S002");
        assertThat(region.children().get(0).metrics().nps().score()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(region.children().get(1).metrics().nps().score()).isEqualTo(-50.0);
        DashboardView chainView = dashboards.overview(headOffice, null, 4);
        assertThat(chainView.unit().code()).isEqualTo("HQ");
        assertThat(chainView.total().nps()).isEqualTo(new NpsResult(5, 2, 2));
        assertThat(chainView.children()).extracting(row -> row.metrics().nps().n()).containsExactly(5, 0);

        UUID storeBCaseOwner = jdbc.sql("select assignee_id from feedback_case where tenant_id = ? and org_unit_id = ?")
                .params(chain.tenant().id(), chain.storeB().id()).query(UUID.class).single();
        assertThat(storeBCaseOwner).as("S002 has no manager: its case goes to the region's").isEqualTo(chain.eastManager().id());
    }

    @Test
    void redeliveringTheSameFeedbackOpensNoSecondCaseAndCountsNothingTwice() throws Exception {
        mvc.perform(post(storeLink.path()).param("nps", "1")).andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();
        UUID recordId = jdbc.sql("select id from feedback_record where tenant_id = ?").param(chain.tenant().id())
                .query(UUID.class).single();
        jdbc.sql("insert into feedback_outbox (tenant_id, record_id, queued_at) values (?, ?, current_timestamp)")
                .params(chain.tenant().id(), recordId).update();
        dispatcher.dispatchPending();
        assertThat(jdbc.sql("select count(*) from feedback_case where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void submittingTheSamePageTwiceStoresOneResponse() throws Exception {
        String page = mvc.perform(get(storeLink.path())).andReturn().getResponse().getContentAsString();
        String responseId = page.replaceAll("(?s).*name=\"rid\" value=\"([^\"]+)\".*", "$1");
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post(storeLink.path()).param("rid", responseId).param("nps", "8"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from response where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select id from response where tenant_id = ?").param(chain.tenant().id())
                .query(UUID.class).single()).hasToString(responseId);
    }

    @Test
    void badAnswersComeBackAsFieldMessagesInTheRespondentsLanguageAndNothingIsStored() throws Exception {
        mvc.perform(post(storeLink.path()).header("Accept-Language", "zh-CN").param("nps", "11").param("reason", "味道一般"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择 0 到 10 之间的分数")))
                .andExpect(content().string(containsString("味道一般")));
        mvc.perform(post(storeLink.path()).param("lang", "en").param("csat", "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Please choose a score.")))
                .andExpect(content().string(containsString("value=\"4\" checked")));
        assertThat(jdbc.sql("select count(*) from response where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unknownAndClosedLinksGetAFriendlyPageWithTheRightStatus() throws Exception {
        mvc.perform(get("/s/nosuchlink").header("Accept-Language", "en"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Survey not found")));
        surveys.close(chain.tenant().id(), survey.id());
        mvc.perform(get(storeLink.path()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isGone()).andExpect(content().string(containsString("该问卷已结束")));
        mvc.perform(post(storeLink.path()).param("nps", "9")).andExpect(status().isGone());
    }

    @Test
    void theRespondentPageStaysSmall() throws Exception {
        byte[] page = mvc.perform(get(storeLink.path())).andReturn().getResponse().getContentAsByteArray();
        assertThat(page.length).isLessThan(30 * 1024);
    }
}
