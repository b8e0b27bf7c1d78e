package org.opencem.analytics.web;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Ids;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextInsight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A touchpoint's topics are counted in at most the period's newest {@link FeedbackVoices#TOPIC_LOOKBACK}
 * analysed comments; when it has more, the page and the API say so.
 */
@OpenCemTest
class TopicLookbackTest {

    @Autowired ApplicationContext context;
    @Autowired FeedbackRecords records;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void topicsOfABusyTouchpointSayOnlyTheNewestCommentsWereCounted() throws Exception {
        AnalyticsData.World world = AnalyticsData.of(context).world();
        TestFixtures.Chain chain = world.chain();
        String serving = "?" + AnalyticsData.PERIOD + "&touchpoint=" + world.serving().id();
        String dining = "?" + AnalyticsData.PERIOD + "&touchpoint=" + world.dining().id();
        mvc.perform(get("/api/v1/analytics/touchpoint" + serving).with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topicComments").value(16))
                .andExpect(jsonPath("$.topicsFromNewestOnly").value(false));

        // the last day of the period brings serving more comments than are counted; a day before it, two
        // comments about taste, which the newest therefore leave out
        List<FeedbackRecord> busy = new ArrayList<>();
        for (int i = 0; i < FeedbackVoices.TOPIC_LOOKBACK + 2; i++) {
            busy.add(comment(world, i < FeedbackVoices.TOPIC_LOOKBACK ? 29 : 28, i < FeedbackVoices.TOPIC_LOOKBACK ? "出餐慢" : "好吃"));
        }
        // with their insight written in the same transaction, text analytics leaves the records as they are
        transaction.executeWithoutResult(status -> {
            records.recordAll(busy);
            jdbc.sql("update feedback_record set sentiment = 'NEGATIVE', topics = case when comment_text = '出餐慢' "
                            + "then 'service.speed' else 'food.taste' end, insight = case when comment_text = '出餐慢' "
                            + "then ? else ? end where tenant_id = ? and comment_text in ('出餐慢', '好吃')")
                    .params(insight("service.speed"), insight("food.taste"), chain.tenant().id()).update();
        });

        mvc.perform(get("/api/v1/analytics/touchpoint" + serving).with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topicComments").value(FeedbackVoices.TOPIC_LOOKBACK))
                .andExpect(jsonPath("$.topicsFromNewestOnly").value(true))
                .andExpect(jsonPath("$.topics[*].topic", contains("service.speed")))
                .andExpect(jsonPath("$.topics[0].mentions").value(FeedbackVoices.TOPIC_LOOKBACK));
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/analytics/touchpoint" + serving).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Counted in the newest 5,000 analysed comments of the period, which has more.")));
        // another touchpoint of the same period is counted whole, and says nothing of it
        mvc.perform(get("/analytics/touchpoint" + dining).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"topics-newest\""))));
    }

    private static String insight(String topic) {
        return JsonMapper.shared().writeValueAsString(new TextInsight("zh", Sentiment.NEGATIVE, -0.5, List.of(topic),
                List.of(), Set.of(), List.of()));
    }

    private static FeedbackRecord comment(AnalyticsData.World world, int dayOfMarch, String text) {
        return new FeedbackRecord(world.chain().tenant().id(), Ids.newId(), FeedbackSource.SURVEY, UUID.randomUUID(),
                world.chain().storeA().id(), world.serving().id(), "QR", null,
                AnalyticsData.FROM.withDayOfMonth(dayOfMarch).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                null, 2, null, text, "zh", Map.of(), null);
    }
}
