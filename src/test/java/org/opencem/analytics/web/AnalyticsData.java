package org.opencem.analytics.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test chain with a dining journey (点餐 owned by store operations, 上菜 by the kitchen, 就餐 by
 * store operations) and eight weeks of feedback, built from the shared context's beans (not a
 * component of its own, so the test context stays the one every test shares): the four weeks under test from {@link #FROM}
 * and the four before. 上海南京西路店 (store A) collapses at 上菜 in the weeks under test and its NPS
 * drops with it; the other stores stay as they were. Sentiment is set as text analytics would.
 */
public class AnalyticsData {

    public static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    public static final LocalDate TO = LocalDate.of(2026, 3, 29);
    public static final String PERIOD = "from=2026-03-02&to=2026-03-29";
    public static final String SLOW_COMMENT = "上菜太慢了，等了四十分钟";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TestFixtures fixtures;
    private final Journeys journeys;
    private final FeedbackRecords records;
    private final FeedbackDispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    /** The builder made of the shared test context's beans. */
    public static AnalyticsData of(org.springframework.context.ApplicationContext context) {
        return new AnalyticsData(context.getBean(TestFixtures.class), context.getBean(Journeys.class),
                context.getBean(FeedbackRecords.class), context.getBean(FeedbackDispatcher.class),
                context.getBean(TransactionTemplate.class), context.getBean(JdbcClient.class));
    }

    private AnalyticsData(TestFixtures fixtures, Journeys journeys, FeedbackRecords records, FeedbackDispatcher dispatcher,
                  TransactionTemplate transaction, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.journeys = journeys;
        this.records = records;
        this.dispatcher = dispatcher;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    public record World(TestFixtures.Chain chain, Journey journey, Touchpoint ordering, Touchpoint serving,
                        Touchpoint dining) {
    }

    public World world() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "用餐", "从点餐到就餐");
        Stage order = journeys.addStage(t, journey.id(), "点餐");
        Stage serve = journeys.addStage(t, journey.id(), "上菜");
        Stage dine = journeys.addStage(t, journey.id(), "就餐");
        Touchpoint ordering = journeys.addTouchpoint(t, order.id(), "点餐", chain.operations().id());
        Touchpoint serving = journeys.addTouchpoint(t, serve.id(), "上菜", chain.kitchen().id());
        Touchpoint dining = journeys.addTouchpoint(t, dine.id(), "就餐", chain.operations().id());
        World world = new World(chain, journey, ordering, serving, dining);
        List<FeedbackRecord> batch = new ArrayList<>();
        for (int week = -4; week < 4; week++) {
            LocalDate monday = FROM.plusWeeks(week);
            for (UUID store : List.of(chain.storeA().id(), chain.storeB().id(), chain.storeC().id(), chain.storeD().id())) {
                boolean slow = store.equals(chain.storeA().id()) && week >= 0;
                int storeShift = store.equals(chain.storeD().id()) ? 1 : 0;
                for (int i = 0; i < 6; i++) {
                    int nps = slow ? (i < 4 ? 2 + i : 8) : (i < 3 ? 10 - storeShift : i < 5 ? 8 : 6 - (week & 1));
                    int csat = slow ? (i < 4 ? 2 : 4) : (i < 4 ? 5 - (i & 1) - storeShift : 3 + ((week + i) & 1));
                    batch.add(record(chain.tenant().id(), store, dining.id(), monday.plusDays(i), nps, csat,
                            i == 0 ? (slow ? "等菜太久，体验很差" : "很好吃，服务热情") : null, i % 2 == 0 ? "QR" : "LINK",
                            Map.of("customer.tier", i % 3 == 0 ? "gold" : "basic")));
                }
                for (int i = 0; i < 4; i++) {
                    int csat = slow ? (i == 3 ? 3 : 1 + (i & 1)) : (i < 3 ? 5 - ((week + i) & 1) - storeShift : 3);
                    batch.add(record(chain.tenant().id(), store, serving.id(), monday.plusDays(i).plusDays(1), null, csat,
                            i == 0 ? (slow ? SLOW_COMMENT : "上菜很快") : null, "QR", Map.of()));
                }
                batch.add(record(chain.tenant().id(), store, ordering.id(), monday.plusDays(2), null, 4, null, "LINK",
                        Map.of()));
            }
        }
        transaction.executeWithoutResult(status -> records.recordAll(batch));
        jdbc.sql("update feedback_record set sentiment = case when comment_text like '%慢%' or comment_text like '%差%' "
                        + "then 'NEGATIVE' else 'POSITIVE' end, topics = case when comment_text like '%慢%' "
                        + "then 'service.speed' else 'food.taste' end where tenant_id = ? and comment_text is not null")
                .param(chain.tenant().id()).update();
        dispatcher.dispatchPending();
        return world;
    }

    private static FeedbackRecord record(UUID tenant, UUID unit, UUID touchpoint, LocalDate day, Integer nps,
                                         Integer csat, String comment, String channel, Map<String, String> attributes) {
        return new FeedbackRecord(tenant, UUID.randomUUID(), FeedbackSource.SURVEY, UUID.randomUUID(), unit, touchpoint,
                channel, null, day.atTime(12, 30).atZone(ZONE).toOffsetDateTime(), nps, csat, null, comment,
                comment == null ? null : "zh", attributes, null);
    }
}
