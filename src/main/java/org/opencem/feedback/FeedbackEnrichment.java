package org.opencem.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.opencem.platform.Scope;
import org.opencem.textanalytics.EnrichmentFailures;
import org.opencem.textanalytics.TextAnalytics;
import org.opencem.textanalytics.TextInsight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Adds text analytics to feedback records: for each dispatched batch before it is handed on,
 * for records that failed before (retried by a job), and for the backlog of records stored
 * before analysis ran. A failing analysis never holds a batch up: the record goes on without
 * insight, its error is kept, and the retry job tries again.
 */
@Service
class FeedbackEnrichment implements EnrichmentFailures {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEnrichment.class);
    private static final int CHUNK = 2000;
    private static final String WRITE_INSIGHT = """
            update feedback_record set sentiment = ?, sentiment_score = ?, topics = ?, insight = ?, enriched_at = ?,
                   enrichment_error = null
            where tenant_id = ? and id = ?""";
    private static final String HAND_ON_AGAIN = """
            insert into feedback_outbox (tenant_id, record_id, queued_at, superseded) select ?, ?, ?, ? from tenant
            where id = ? and not exists (select 1 from feedback_outbox where tenant_id = ? and record_id = ?)""";
    private static final String WRITE_ERROR = "update feedback_record set enrichment_error = ? where tenant_id = ? and id = ?";

    private final TextAnalytics analytics;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedbackEnrichment(TextAnalytics analytics, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction,
                       Clock clock) {
        this.analytics = analytics;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Analyses the comments of a batch, writes what was found in the caller's transaction, and
     * returns the records with their insight (unchanged where there was no comment or it failed).
     */
    List<FeedbackRecord> enrich(List<FeedbackRecord> records) {
        Map<UUID, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            FeedbackRecord r = records.get(i);
            if (r.insight() == null && r.comment() != null && !r.comment().isBlank()) {
                byTenant.computeIfAbsent(r.tenantId(), t -> new ArrayList<>()).add(i);
            }
        }
        List<FeedbackRecord> enriched = new ArrayList<>(records);
        List<Object[]> insights = new ArrayList<>();
        List<Object[]> errors = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        byTenant.forEach((tenantId, positions) -> {
            List<String> texts = positions.stream().map(i -> records.get(i).comment()).toList();
            List<Outcome> outcomes = analyse(tenantId, texts);
            for (int k = 0; k < positions.size(); k++) {
                FeedbackRecord record = records.get(positions.get(k));
                Outcome outcome = outcomes.get(k);
                if (outcome.insight() != null) {
                    enriched.set(positions.get(k), record.withInsight(outcome.insight()));
                    insights.add(insightRow(record.tenantId(), record.id(), outcome.insight(), now));
                } else {
                    errors.add(new Object[] {outcome.error(), record.tenantId(), record.id()});
                }
            }
        });
        if (!insights.isEmpty()) {
            template.batchUpdate(WRITE_INSIGHT, insights);
        }
        if (!errors.isEmpty()) {
            template.batchUpdate(WRITE_ERROR, errors);
        }
        return enriched;
    }

    private record Outcome(TextInsight insight, String error) {
    }

    /** The whole batch in one call; when that fails, text by text, so one bad text fails alone. */
    private List<Outcome> analyse(UUID tenantId, List<String> texts) {
        try {
            return analytics.analyzeAll(tenantId, texts).stream().map(i -> new Outcome(i, null)).toList();
        } catch (RuntimeException batchFailure) {
            log.warn("Text analysis of a batch of {} failed; analysing one by one", texts.size(), batchFailure);
            List<Outcome> outcomes = new ArrayList<>(texts.size());
            for (String text : texts) {
                try {
                    outcomes.add(new Outcome(analytics.analyze(tenantId, text), null));
                } catch (RuntimeException e) {
                    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
                    outcomes.add(new Outcome(null, message.length() > 500 ? message.substring(0, 500) : message));
                }
            }
            return outcomes;
        }
    }

    private static Object[] insightRow(UUID tenantId, UUID id, TextInsight insight, OffsetDateTime now) {
        String topics = String.join(",", insight.topics());
        return new Object[] {insight.sentiment().name(), insight.score(),
                topics.length() > 2000 ? topics.substring(0, topics.lastIndexOf(',', 2000)) : topics,
                FeedbackJson.write(insight), now, tenantId, id};
    }

    /** Records whose analysis failed are tried again. */
    @Scheduled(fixedDelayString = "${opencem.feedback.enrichment-retry-interval:5m}")
    @SchedulerLock(name = "feedback-enrichment-retry")
    void retryFailed() {
        try {
            int retried = process("enrichment_error is not null", Integer.MAX_VALUE);
            if (retried > 0) {
                log.info("Retried the text analysis of {} feedback records", retried);
            }
        } catch (RuntimeException e) {
            log.error("Retrying failed text analyses failed", e);
        }
    }

    /** Records stored before text analytics ran are analysed soon after start, and checked daily. */
    @Scheduled(initialDelayString = "${opencem.feedback.enrichment-backlog-delay:1m}", fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.DAYS)
    @SchedulerLock(name = "feedback-enrichment-backlog", lockAtMostFor = "PT2H")
    void enrichBacklogScheduled() {
        try {
            int enriched = enrichBacklog();
            if (enriched > 0) {
                log.info("Analysed the text of {} feedback records stored before", enriched);
            }
        } catch (RuntimeException e) {
            log.error("Analysing the feedback backlog failed; the next run goes on", e);
        }
    }

    /**
     * Analyses every record with a comment that has none yet: records stored before text
     * analytics ran. Returns how many were analysed.
     */
    int enrichBacklog() {
        return process("enriched_at is null and enrichment_error is null", Integer.MAX_VALUE);
    }

    /** Walks the matching records in key order, a chunk per transaction, analysing on every core. */
    private int process(String condition, int limit) {
        int total = 0;
        UUID afterTenant = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        UUID afterId = afterTenant;
        boolean first = true;
        while (total < limit) {
            List<Object> params = new ArrayList<>();
            String keyset = "";
            if (!first) {
                // as a row value, so both databases walk the primary key instead of sorting the table per chunk
                keyset = " and (tenant_id, id) > (?, ?)";
                params.addAll(List.of(afterTenant, afterId));
            }
            List<FeedbackRecord> chunk = jdbc.sql("select * from feedback_record where " + condition
                            + " and comment_text is not null" + keyset + " order by tenant_id, id fetch first " + CHUNK + " rows only")
                    .params(params).query(FeedbackRecords.MAPPER).list();
            if (chunk.isEmpty()) {
                return total;
            }
            first = false;
            afterTenant = chunk.get(chunk.size() - 1).tenantId();
            afterId = chunk.get(chunk.size() - 1).id();
            enrichInParallel(chunk);
            total += chunk.size();
        }
        return total;
    }

    private void enrichInParallel(List<FeedbackRecord> chunk) {
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
        int size = (chunk.size() + parts - 1) / parts;
        IntStream.range(0, parts).parallel().forEach(p -> {
            List<FeedbackRecord> part = chunk.subList(Math.min(chunk.size(), p * size), Math.min(chunk.size(), (p + 1) * size));
            if (!part.isEmpty()) {
                transaction.executeWithoutResult(status -> handOnAgain(part, enrich(part)));
            }
        });
    }

    /**
     * Records analysed after they were handed on go round again, with the version the listeners
     * counted, so that the rollups take out that version and add the one with its sentiment. One
     * still queued is left as it is: it is handed on as it now stands.
     */
    private void handOnAgain(List<FeedbackRecord> before, List<FeedbackRecord> after) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (after.get(i).insight() != null) {
                FeedbackRecord record = before.get(i);
                rows.add(new Object[] {record.tenantId(), record.id(), now, FeedbackJson.version(record), record.tenantId(),
                        record.tenantId(), record.id()});
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(HAND_ON_AGAIN, rows);
        }
    }

    @Override
    public List<Failure> recent(Scope scope, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.id, f.occurred_at, f.comment_text, f.enrichment_error from feedback_record f "
                        + "join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.enrichment_error is not null and " + condition
                        + " order by f.occurred_at desc fetch first " + limit + " rows only")
                .params(params)
                .query((rs, i) -> new Failure(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("comment_text"), rs.getString("enrichment_error")))
                .list();
    }
}
