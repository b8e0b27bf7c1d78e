package org.opencem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.RebuildReport;
import org.opencem.analytics.Rollups;
import org.opencem.platform.Ids;
import org.opencem.platform.Scope;
import org.opencem.textanalytics.EnrichmentFailures;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextAnalytics;
import org.opencem.textanalytics.TextInsight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@OpenCemTest
class FeedbackEnrichmentTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords records;
    @Autowired
    FeedbackDispatcher dispatcher;
    @Autowired
    FeedbackEnrichment enrichment;
    @Autowired
    TextAnalytics analytics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    Rollups rollups;
    @Autowired
    MetricQueries metrics;

    private static FeedbackRecord record(TestFixtures.Chain chain, Integer nps, String comment) {
        return new FeedbackRecord(chain.tenant().id(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), chain.storeA().id(),
                null, "LINK", null, OffsetDateTime.now(), nps, null, null, comment, null, Map.of(), null);
    }

    private void storeWithoutOutbox(FeedbackRecord r) {
        jdbc.sql("insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, channel, occurred_at, nps, comment_text) "
                        + "values (?, ?, 'SURVEY', ?, ?, 'LINK', ?, ?, ?)")
                .params(r.tenantId(), r.id(), r.sourceId(), r.orgUnitId(), r.occurredAt(), r.nps(), r.comment()).update();
    }

    private Map<String, Object> row(FeedbackRecord r) {
        return jdbc.sql("select sentiment, sentiment_score, topics, insight, enriched_at, enrichment_error from feedback_record "
                + "where tenant_id = ? and id = ?").params(r.tenantId(), r.id()).query().singleRow();
    }

    @Test
    void dispatchedCommentsAreAnalysedAndStored() {
        TestFixtures.Chain chain = fixtures.chain();
        FeedbackRecord praise = record(chain, 10, "菜很好吃，服务员也很热情");
        FeedbackRecord complaint = record(chain, 2, "上菜太慢了，等了一个小时");
        FeedbackRecord silent = record(chain, 8, null);
        transaction.executeWithoutResult(s -> records.recordAll(List.of(praise, complaint, silent)));

        dispatcher.dispatchPending();

        assertThat(row(praise)).containsEntry("sentiment", "POSITIVE");
        assertThat((String) row(praise).get("topics")).contains("food.taste", "service.attitude");
        assertThat(row(complaint)).containsEntry("sentiment", "NEGATIVE");
        assertThat((String) row(complaint).get("topics")).contains("service.speed");
        assertThat(row(complaint).get("enriched_at")).isNotNull();
        assertThat(row(silent).get("enriched_at")).isNull();
        FeedbackRecord stored = records.find(new Scope(chain.tenant().id(), List.of(chain.hq().path())), complaint.id()).orElseThrow();
        assertThat(stored.insight().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(stored.insight().sentences()).hasSize(2);
    }

    @Test
    void aFailedAnalysisLetsTheBatchGoOnIsListedForAdminsAndRetried() {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        // an analysis that breaks on one text, as a bad model or an outage would
        TextAnalytics breaksOnBoom = new TextAnalytics() {
            @Override
            public TextInsight analyze(UUID tenantId, String text) {
                if (text.contains("boom")) {
                    throw new IllegalStateException("analysis broke");
                }
                return analytics.analyze(tenantId, text);
            }

            @Override
            public List<TextInsight> analyzeAll(UUID tenantId, List<String> texts) {
                return texts.stream().map(t -> analyze(tenantId, t)).toList();
            }
        };
        FeedbackEnrichment failing = new FeedbackEnrichment(breaksOnBoom, jdbc, template, transaction, clock);
        FeedbackRecord fine = record(chain, 9, "环境很干净");
        FeedbackRecord broken = record(chain, 3, "boom 服务很差");
        // without outbox rows, so the running dispatcher leaves them to this test
        storeWithoutOutbox(fine);
        storeWithoutOutbox(broken);

        List<FeedbackRecord> handedOn = transaction.execute(s -> failing.enrich(List.of(fine, broken)));

        assertThat(handedOn.get(0).insight()).isNotNull();
        assertThat(handedOn.get(1).insight()).isNull();
        assertThat((String) row(broken).get("enrichment_error")).contains("analysis broke");
        List<EnrichmentFailures.Failure> listed = enrichment.recent(new Scope(chain.tenant().id(), List.of(chain.hq().path())), 20);
        assertThat(listed).extracting(EnrichmentFailures.Failure::recordId).containsExactly(broken.id());
        assertThat(enrichment.recent(new Scope(other.tenant().id(), List.of(other.hq().path())), 20)).isEmpty();
        assertThat(enrichment.recent(new Scope(chain.tenant().id(), List.of(chain.west().path())), 20)).isEmpty();

        enrichment.retryFailed();

        assertThat(row(broken).get("enrichment_error")).isNull();
        assertThat(row(broken)).containsEntry("sentiment", "NEGATIVE");
    }

    @Test
    void aSentimentFoundOnRetryReachesTheRollups() {
        TestFixtures.Chain chain = fixtures.chain();
        FeedbackRecord complaint = record(chain, 2, "上菜太慢了，等了一个小时");
        transaction.executeWithoutResult(s -> records.recordAll(List.of(complaint)));
        dispatcher.dispatchPending();
        // as if the analysis had failed when the record was handed on: counted without a sentiment
        jdbc.sql("update feedback_record set sentiment = null, sentiment_score = null, topics = null, insight = null, "
                + "enriched_at = null, enrichment_error = 'analysis broke' where tenant_id = ? and id = ?")
                .params(complaint.tenantId(), complaint.id()).update();
        rollups.rebuild(chain.tenant().id());
        Scope headOffice = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
        assertThat(netSentimentAnswers(headOffice)).isZero();

        enrichment.retryFailed();
        dispatcher.dispatchPending();

        assertThat(row(complaint)).containsEntry("sentiment", "NEGATIVE");
        assertThat(netSentimentAnswers(headOffice)).isEqualTo(1);
        RebuildReport check = rollups.verify(chain.tenant().id());
        assertThat(check.mismatches()).as(check.examples().toString()).isZero();
    }

    private long netSentimentAnswers(Scope scope) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return metrics.report(scope, new MetricQuery(null, new DateRange(today.minusDays(1), today.plusDays(1)),
                Comparison.NONE, GroupBy.NONE, List.of(Metric.NET_SENTIMENT), MetricFilter.NONE))
                .total().value(Metric.NET_SENTIMENT).n();
    }

    @Test
    void theBacklogOfRecordsStoredBeforeIsAnalysed() {
        TestFixtures.Chain chain = fixtures.chain();
        FeedbackRecord old = record(chain, 1, "The waiter was rude and the soup was cold");
        // stored without an outbox row, as records from before text analytics were
        storeWithoutOutbox(old);

        assertThat(enrichment.enrichBacklog()).isGreaterThanOrEqualTo(1);

        assertThat(row(old)).containsEntry("sentiment", "NEGATIVE");
        assertThat((String) row(old).get("topics")).contains("service.attitude", "food.temperature");
    }
}
