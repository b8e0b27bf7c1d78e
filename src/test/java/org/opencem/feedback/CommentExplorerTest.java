package org.opencem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.journey.Journeys;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextInsight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@OpenCemTest
class CommentExplorerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords feedback;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journeys journeys;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;

    TestFixtures.Chain chain;
    Touchpoint serving;
    OffsetDateTime now;

    @BeforeEach
    void setUp() {
        chain = fixtures.chain();
        var journey = journeys.createJourney(chain.tenant().id(), "用餐", null);
        var stage = journeys.addStage(chain.tenant().id(), journey.id(), "上菜");
        serving = journeys.addTouchpoint(chain.tenant().id(), stage.id(), "上菜", chain.kitchen().id());
        now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(8));
        comment(chain.storeA(), serving.id(), 1, "出餐速度很慢，等了四十分钟", "NEGATIVE", "service.speed");
        comment(chain.storeA(), serving.id(), 8, "上菜很快，服务员也热情", "POSITIVE", "service.speed,service.attitude");
        comment(chain.storeB(), null, 2, "The service was really slow tonight", "NEGATIVE", "service.speed");
        comment(chain.storeC(), serving.id(), 0, "菜是凉的，出餐太慢", "NEGATIVE", "food.quality,service.speed");
        comment(chain.storeC(), null, 30, "环境不错", "POSITIVE", "environment.cleanliness");
        TestFixtures.Chain other = fixtures.chain();
        comment(other, other.storeA(), 1, "别家的出餐也很慢", "NEGATIVE", "service.speed");
    }

    private void comment(OrgUnit unit, UUID touchpoint, int daysAgo, String text, String sentiment, String topics) {
        comment(chain, unit, touchpoint, daysAgo, text, sentiment, topics);
    }

    private void comment(TestFixtures.Chain tenant, OrgUnit unit, int daysAgo, String text, String sentiment, String topics) {
        comment(tenant, unit, null, daysAgo, text, sentiment, topics);
    }

    private void comment(TestFixtures.Chain tenant, OrgUnit unit, UUID touchpoint, int daysAgo, String text, String sentiment,
                         String topics) {
        UUID id = Ids.newId();
        // with its insight written in the same transaction, text analytics leaves the record as it is
        TextInsight insight = new TextInsight("zh", Sentiment.valueOf(sentiment), 0, List.of(topics.split(",")), List.of(),
                Set.of(), List.of());
        transaction.executeWithoutResult(status -> {
            feedback.recordAll(List.of(new FeedbackRecord(tenant.tenant().id(), id, FeedbackSource.REVIEW, Ids.newId(),
                    unit.id(), touchpoint, "dianping", null, now.minusDays(daysAgo), null, 3, null, text, "zh-CN", Map.of(),
                    null)));
            jdbc.sql("update feedback_record set sentiment = ?, topics = ?, insight = ? where tenant_id = ? and id = ?")
                    .params(sentiment, topics, json.writeValueAsString(insight), tenant.tenant().id(), id).update();
        });
    }

    @Test
    void findsChineseByWordsAndEnglishByTermsAndMarksThem() throws Exception {
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        Document page = page(cx, "/feedback/comments?q=出餐太慢");
        assertThat(page.select(".comment-text").eachText())
                .containsExactlyInAnyOrder("出餐速度很慢，等了四十分钟", "菜是凉的，出餐太慢");
        assertThat(page.select(".comment-text mark").eachText()).containsExactly("出餐", "慢", "出餐", "慢");

        Document english = page(cx, "/feedback/comments?q=SLOW service");
        assertThat(english.select(".comment-text").eachText()).containsExactly("The service was really slow tonight");
        assertThat(english.select(".comment-text mark").eachText()).containsExactly("service", "slow");
    }

    @Test
    void filtersByTopicSentimentUnitTouchpointAndPeriod() throws Exception {
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        assertThat(texts(cx, "/feedback/comments?topic=service.speed&sentiment=NEGATIVE")).hasSize(3);
        assertThat(texts(cx, "/feedback/comments?topic=service.speed&unit=" + chain.east().id())).hasSize(3);
        assertThat(texts(cx, "/feedback/comments?touchpoint=" + serving.id() + "&period=7"))
                .containsExactlyInAnyOrder("出餐速度很慢，等了四十分钟", "菜是凉的，出餐太慢");
        assertThat(texts(cx, "/feedback/comments?period=all")).hasSize(5);
        assertThat(texts(cx, "/feedback/comments?source=SURVEY")).isEmpty();

        Document page = page(cx, "/feedback/comments?topic=service.speed");
        assertThat(page.select("#f-topic option[selected]").text()).isEqualTo("出餐速度");
        assertThat(page.select(".topic-trends tbody tr").first().select("td").eachText())
                .startsWith("出餐速度", "4", "75%");
        assertThat(page.select(".topic-journey thead th").eachText()).containsExactly("话题", "上菜", "未归属触点");
        assertThat(page.select(".topic-journey tbody tr").first().select("td").eachText())
                .containsExactly("出餐速度", "-33 n=3", "-100 n=1");
    }

    @Test
    void seesOnlyTheScopeAndTheTenant() throws Exception {
        SignIn.Session storeManager = SignIn.as(mvc, chain.storeAManager().username());
        assertThat(texts(storeManager, "/feedback/comments?q=慢"))
                .containsExactly("出餐速度很慢，等了四十分钟");
        assertThat(texts(storeManager, "/feedback/comments?unit=" + chain.storeC().id())).isEmpty();
        assertThat(page(storeManager, "/feedback/comments").select("#f-unit option").eachText())
                .containsExactly("我的全部范围", "上海南京西路店");

        mvc.perform(get("/api/v1/feedback/comments").param("q", "出餐慢")
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.comments[0].matches[0].start").value(0))
                .andExpect(jsonPath("$.comments[0].matches[0].end").value(2));
        mvc.perform(get("/api/v1/feedback/comments/topics").with(httpBasic(chain.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(jsonPath("$.topics[0].code").value("service.speed"))
                .andExpect(jsonPath("$.topics[0].mentions").value(4))
                .andExpect(jsonPath("$.topics[0].negativeShare").value(75));
    }

    @Test
    void answersHtmxWithTheResultsOnly() throws Exception {
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        String fragment = mvc.perform(get("/feedback/comments").param("sentiment", "POSITIVE").header("HX-Request", "true").with(cx))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document results = Jsoup.parse(fragment);
        assertThat(results.select("#explorer-filters")).isEmpty();
        assertThat(results.select(".comment-text").eachText()).containsExactlyInAnyOrder("上菜很快，服务员也热情", "环境不错");
    }

    private List<String> texts(SignIn.Session session, String path) throws Exception {
        return page(session, path).select(".comment-text").eachText();
    }

    private Document page(SignIn.Session session, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).header("Accept-Language", "zh-CN").with(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
