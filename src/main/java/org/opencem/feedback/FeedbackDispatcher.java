package org.opencem.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.opencem.platform.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands committed feedback to analytics and actions in batches, off the request path. One
 * transaction takes a batch from the outbox (skipping rows another instance holds), publishes
 * it with the text analysis of its comments, lets the listeners write, and deletes the batch: a
 * crash repeats a batch, never loses one.
 */
@Service
public class FeedbackDispatcher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDispatcher.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final FeedbackEnrichment enrichment;
    private final Database database;
    private final int batchSize;

    FeedbackDispatcher(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, ApplicationEventPublisher events,
                       FeedbackEnrichment enrichment, Database database,
                       @Value("${opencem.feedback.dispatch-batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.database = database;
        this.template = template;
        this.transaction = transaction;
        this.events = events;
        this.enrichment = enrichment;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${opencem.feedback.dispatch-interval:250ms}")
    void dispatchScheduled() {
        try {
            while (dispatchBatch() == batchSize) {
                // a full batch means more is waiting
            }
        } catch (RuntimeException e) {
            log.error("Feedback dispatch failed; the batch stays queued and is retried", e);
        }
    }

    /**
     * Hands over everything queued, including batches another instance or the scheduler holds
     * right now, and returns once the outbox is empty; returns how many records this call handed over.
     */
    public int dispatchPending() {
        int total = 0;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            int dispatched = dispatchBatch();
            total += dispatched;
            if (dispatched == 0) {
                if (queued() == 0 || System.nanoTime() > deadline) {
                    return total;
                }
                pause();
            }
        }
    }

    private int queued() {
        return jdbc.sql("select count(*) from feedback_outbox").query(Integer.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the feedback outbox", e);
        }
    }

    private int dispatchBatch() {
        Integer count = transaction.execute(status -> {
            List<Queued> batch = jdbc.sql("""
                    select tenant_id, record_id, superseded from feedback_outbox
                    order by queued_at fetch first ? rows only for update skip locked""")
                    .param(batchSize)
                    .query((rs, i) -> new Queued(rs.getObject("tenant_id", UUID.class), rs.getObject("record_id", UUID.class),
                            rs.getString("superseded")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            List<FeedbackRecord> records = enrichment.enrich(load(batch));
            List<FeedbackRecord> superseded = batch.stream().map(Queued::superseded).filter(Objects::nonNull)
                    .map(FeedbackJson::version).toList();
            events.publishEvent(new FeedbackRecorded(records, superseded));
            template.batchUpdate("delete from feedback_outbox where tenant_id = ? and record_id = ?",
                    batch.stream().map(q -> new Object[] {q.tenantId(), q.recordId()}).toList());
            return batch.size();
        });
        return count == null ? 0 : count;
    }

    /** The batch's records, a query per tenant (there is mostly one), oldest first. */
    private List<FeedbackRecord> load(List<Queued> batch) {
        Map<UUID, List<UUID>> byTenant = new LinkedHashMap<>();
        batch.forEach(q -> byTenant.computeIfAbsent(q.tenantId(), t -> new ArrayList<>()).add(q.recordId()));
        List<FeedbackRecord> records = new ArrayList<>(batch.size());
        byTenant.forEach((tenantId, ids) -> {
            List<Object> params = new ArrayList<>();
            String condition = database.idsOf("tenant_id", "id", tenantId, ids, params);
            records.addAll(jdbc.sql("select * from feedback_record where " + condition).params(params)
                    .query(FeedbackRecords.MAPPER).list());
        });
        records.sort(Comparator.comparing(FeedbackRecord::occurredAt));
        return records;
    }

    /** A queued record, with the version it replaces as JSON when listeners have counted that one. */
    private record Queued(UUID tenantId, UUID recordId, String superseded) {
    }
}
