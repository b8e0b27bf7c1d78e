package org.opencem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.opencem.platform.Scope;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextCorrections;
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
    @Autowired
    Comments comments;
    @Autowired
    TextCorrections corrections;

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
    void trendsCountEveryWeekOfTheFilteredPeriodAndFeedTheChart() throws Exception {
        // older than anything a newest-first sample would keep beside the rest of the page
        comment(chain.storeB(), null, 120, "出餐慢得离谱", "NEGATIVE", "service.speed");
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        TopicTrends trends = comments.trends(new Scope(chain.tenant().id(), List.of("/")), CommentFilter.everything());
        TopicTrends.Topic speed = trends.topics().get(0);
        assertThat(speed.code()).isEqualTo("service.speed");
        assertThat(speed.mentions()).isEqualTo(5);
        assertThat(speed.negative()).isEqualTo(4);
        assertThat(speed.perWeek().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        // every week from the first mention's to the last one's, Mondays, without gaps
        assertThat(trends.weeks()).allMatch(w -> w.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(ChronoUnit.WEEKS.between(trends.weeks().get(0), trends.weeks().get(trends.weeks().size() - 1)))
                .isEqualTo(trends.weeks().size() - 1).isGreaterThanOrEqualTo(16);
        assertThat(speed.perWeek().get(0)).isEqualTo(1);
        // topics outside the tenant's taxonomy are not trended; another tenant's comments never
        assertThat(trends.topics()).extracting(TopicTrends.Topic::code)
                .containsExactly("service.speed", "service.attitude");

        Document page = page(cx, "/feedback/comments?period=all");
        var chart = json.readTree(page.selectFirst("#topic-trend-chart ~ script.chart-data").data());
        assertThat(chart.path("weeks").size()).isEqualTo(trends.weeks().size());
        assertThat(chart.path("topics").get(0).path("name").asString()).isEqualTo("出餐速度");
        assertThat(chart.path("topics").get(0).path("perWeek").size()).isEqualTo(trends.weeks().size());

        SignIn.Session storeManager = SignIn.as(mvc, chain.storeAManager().username());
        Document mine = page(storeManager, "/feedback/comments?period=all");
        var scoped = json.readTree(mine.selectFirst("#topic-trend-chart ~ script.chart-data").data());
        assertThat(scoped.path("topics").get(0).path("perWeek").toString()).doesNotContain("2");
        assertThat(mine.select(".topic-trends tbody tr").first().select("td").eachText()).startsWith("出餐速度", "2", "50%");
    }

    @Test
    void peoplePickTheRightTopicFromTheTaxonomyBesideEachComment() throws Exception {
        SignIn.Session storeManager = SignIn.as(mvc, chain.storeAManager().username());
        Document page = page(storeManager, "/feedback/comments?q=上菜很快");
        var item = page.select(".comment-item").first();
        assertThat(item.select(".sentiment-correction option[selected]").text()).isEqualTo("正面");
        assertThat(item.select(".topic-correction option").eachText()).contains("服务态度", "出餐速度", "性价比");
        String action = item.select(".topic-correction form").attr("hx-post");

        String done = mvc.perform(post(action).with(storeManager).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("kind", "TOPIC").param("label", "service.attitude"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(done).text()).isEqualTo("已更正为：服务态度。下次训练时生效。");
        UUID id = UUID.fromString(action.substring(action.lastIndexOf('/') + 1));
        assertThat(corrections.find(chain.tenant().id(), id, "TOPIC")).get()
                .extracting(TextCorrections.Correction::label).isEqualTo("service.attitude");

        // a topic the taxonomy lacks, and a comment outside the person's scope, are refused
        String refused = mvc.perform(post(action).with(storeManager).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("kind", "TOPIC").param("label", "food.quality"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).text()).isEqualTo("未知标签 food.quality。");
        String elsewhere = page(SignIn.as(mvc, chain.cx().username()), "/feedback/comments?q=环境不错")
                .select(".topic-correction form").attr("hx-post");
        mvc.perform(post(elsewhere).with(storeManager).with(csrf()).param("kind", "TOPIC").param("label", "price"))
                .andExpect(status().isNotFound());
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
