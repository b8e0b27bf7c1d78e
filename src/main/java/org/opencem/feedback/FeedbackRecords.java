package org.opencem.feedback;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.platform.Database;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes feedback records with their outbox rows, and reads them within a scope. */
@Service
public class FeedbackRecords {

    static final RowMapper<FeedbackRecord> MAPPER = (rs, i) -> new FeedbackRecord(
            rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
            FeedbackSource.valueOf(rs.getString("source")), rs.getObject("source_id", UUID.class),
            rs.getObject("org_unit_id", UUID.class), rs.getObject("touchpoint_id", UUID.class), rs.getString("channel"),
            rs.getString("customer_id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class),
            (Integer) rs.getObject("nps", Integer.class), (Integer) rs.getObject("csat", Integer.class),
            (Integer) rs.getObject("ces", Integer.class), rs.getString("comment_text"), rs.getString("language"),
            FeedbackJson.attributes(rs.getString("attributes")), FeedbackJson.insight(rs.getString("insight")));
    private static final String INSERT_RECORD = """
            insert into feedback_record (tenant_id, id, source, source_id, org_unit_id, touchpoint_id, channel,
                                         customer_id, occurred_at, nps, csat, ces, comment_text, language, attributes)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_OUTBOX = "insert into feedback_outbox (tenant_id, record_id, queued_at) values (?, ?, ?)";
    private static final String INSERT_OUTBOX_SUPERSEDING = """
            insert into feedback_outbox (tenant_id, record_id, queued_at, superseded) values (?, ?, ?, ?)""";
    private static final String UPDATE_CONTENT = """
            update feedback_record set org_unit_id = ?, touchpoint_id = ?, channel = ?, customer_id = ?, occurred_at = ?,
                   nps = ?, csat = ?, ces = ?, comment_text = ?, language = ?, attributes = ?""";
    /** A new text makes the old insight wrong: it is cleared, and text analytics sees the record again. */
    private static final String CLEAR_INSIGHT = """
            , sentiment = null, sentiment_score = null, topics = null, insight = null, enriched_at = null""";
    private static final String BY_KEY = " where tenant_id = ? and id = ?";
    /** Keeps the IN lists of row values, which H2 and PostgreSQL answer from the indexes, to a sane length. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final boolean oneStatement;

    FeedbackRecords(JdbcClient jdbc, JdbcTemplate template, Database database) {
        this.jdbc = jdbc;
        this.template = template;
        this.oneStatement = database.isPostgres();
    }

    /**
     * Stores a source's own row, its feedback record and the outbox row together, in the caller's
     * transaction. On PostgreSQL that is one statement, a single round trip for the hottest path.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithSource(String sourceInsert, Object[] sourceParams, FeedbackRecord record) {
        if (!oneStatement) {
            template.update(sourceInsert, sourceParams);
            record(record);
            return;
        }
        List<Object> params = new ArrayList<>(Arrays.asList(sourceParams));
        params.addAll(List.of(record.tenantId(), record.id(), record.occurredAt()));
        params.addAll(Arrays.asList(recordParams(record)));
        template.update("with source_row as (" + sourceInsert + "), outbox_row as (" + INSERT_OUTBOX + ") "
                + INSERT_RECORD, params.toArray());
    }

    /** Stores a record in the caller's transaction; it reaches listeners once that commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(FeedbackRecord record) {
        template.update(INSERT_RECORD, recordParams(record));
        template.update(INSERT_OUTBOX, record.tenantId(), record.id(), record.occurredAt());
    }

    /** Stores many records with batched statements, for imports and history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<FeedbackRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        List<Object[]> outbox = new ArrayList<>(records.size());
        for (FeedbackRecord record : records) {
            rows.add(recordParams(record));
            outbox.add(new Object[] {record.tenantId(), record.id(), record.occurredAt()});
        }
        template.batchUpdate(INSERT_RECORD, rows, TYPES);
        template.batchUpdate(INSERT_OUTBOX, outbox);
    }

    /**
     * Stores records keyed by source and source id, in the caller's transaction. A record not seen
     * before is inserted and queued. One seen before keeps its id and takes the new content; its
     * outbox row carries the version listeners already counted, so that they take it out and the
     * record never counts twice. When the earlier version is still queued, nobody has counted it:
     * the queued row stays as it is and the dispatcher will read the new content.
     * The existing rows are locked first, so concurrent updates of one record queue up behind each
     * other and each sees the version the other left. Each source id may appear once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Upserted> upsertAll(List<FeedbackRecord> records) {
        Map<SourceKey, FeedbackRecord> stored = lockStored(records);
        List<FeedbackRecord> created = new ArrayList<>();
        List<Upserted> result = new ArrayList<>(records.size());
        List<FeedbackRecord[]> changed = new ArrayList<>();
        for (FeedbackRecord record : records) {
            FeedbackRecord before = stored.get(SourceKey.of(record));
            if (before == null) {
                created.add(record);
                result.add(new Upserted(record, Upserted.Outcome.CREATED));
                continue;
            }
            FeedbackRecord after = new FeedbackRecord(before.tenantId(), before.id(), record.source(), record.sourceId(),
                    record.orgUnitId(), record.touchpointId(), record.channel(), record.customerId(), record.occurredAt(),
                    record.nps(), record.csat(), record.ces(), record.comment(), record.language(), record.attributes(),
                    Objects.equals(before.comment(), record.comment()) ? before.insight() : null);
            if (sameContent(before, after)) {
                result.add(new Upserted(before, Upserted.Outcome.UNCHANGED));
            } else {
                changed.add(new FeedbackRecord[] {before, after});
                result.add(new Upserted(after, Upserted.Outcome.UPDATED));
            }
        }
        if (!created.isEmpty()) {
            recordAll(created);
        }
        if (!changed.isEmpty()) {
            update(changed);
        }
        return result;
    }

    private void update(List<FeedbackRecord[]> changed) {
        Set<UUID> queued = lockQueued(changed.stream().map(pair -> pair[0]).toList());
        List<Object[]> sameText = new ArrayList<>();
        List<Object[]> newText = new ArrayList<>();
        List<Object[]> outbox = new ArrayList<>();
        for (FeedbackRecord[] pair : changed) {
            FeedbackRecord before = pair[0];
            FeedbackRecord after = pair[1];
            (Objects.equals(before.comment(), after.comment()) ? sameText : newText).add(contentParams(after));
            if (!queued.contains(before.id())) {
                outbox.add(new Object[] {after.tenantId(), after.id(), after.occurredAt(), FeedbackJson.version(before)});
            }
        }
        if (!sameText.isEmpty()) {
            template.batchUpdate(UPDATE_CONTENT + BY_KEY, sameText);
        }
        if (!newText.isEmpty()) {
            template.batchUpdate(UPDATE_CONTENT + CLEAR_INSIGHT + BY_KEY, newText);
        }
        if (!outbox.isEmpty()) {
            template.batchUpdate(INSERT_OUTBOX_SUPERSEDING, outbox);
        }
    }

    private Map<SourceKey, FeedbackRecord> lockStored(List<FeedbackRecord> records) {
        Map<SourceKey, FeedbackRecord> stored = new HashMap<>();
        for (List<FeedbackRecord> chunk : chunks(records)) {
            List<Object> params = new ArrayList<>(chunk.size() * 3);
            chunk.forEach(r -> params.addAll(List.of(r.tenantId(), r.source().name(), r.sourceId())));
            jdbc.sql("select * from feedback_record where (tenant_id, source, source_id) in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")) + ") for update")
                    .params(params).query(MAPPER).list().forEach(r -> stored.put(SourceKey.of(r), r));
        }
        return stored;
    }

    /**
     * The records whose earlier version is still queued. Locking those rows also waits for a
     * dispatcher that holds them right now; once it commits, the rows are gone and this version
     * is queued afresh with the one it published.
     */
    private Set<UUID> lockQueued(List<FeedbackRecord> records) {
        Set<UUID> queued = new HashSet<>();
        for (List<FeedbackRecord> chunk : chunks(records)) {
            List<Object> params = new ArrayList<>(chunk.size() * 2);
            chunk.forEach(r -> params.addAll(List.of(r.tenantId(), r.id())));
            queued.addAll(jdbc.sql("select record_id from feedback_outbox where (tenant_id, record_id) in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")) + ") for update")
                    .params(params).query(UUID.class).list());
        }
        return queued;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static boolean sameContent(FeedbackRecord a, FeedbackRecord b) {
        return Objects.equals(a.orgUnitId(), b.orgUnitId()) && Objects.equals(a.touchpointId(), b.touchpointId())
                && Objects.equals(a.channel(), b.channel()) && Objects.equals(a.customerId(), b.customerId())
                && a.occurredAt().isEqual(b.occurredAt()) && Objects.equals(a.nps(), b.nps())
                && Objects.equals(a.csat(), b.csat()) && Objects.equals(a.ces(), b.ces())
                && Objects.equals(a.comment(), b.comment()) && Objects.equals(a.language(), b.language())
                && a.attributes().equals(b.attributes());
    }

    private static Object[] contentParams(FeedbackRecord r) {
        return new Object[] {r.orgUnitId(), r.touchpointId(), r.channel(), r.customerId(), r.occurredAt(), r.nps(),
                r.csat(), r.ces(), r.comment(), r.language(), FeedbackJson.write(r.attributes()), r.tenantId(), r.id()};
    }

    private record SourceKey(UUID tenantId, FeedbackSource source, UUID sourceId) {

        static SourceKey of(FeedbackRecord record) {
            return new SourceKey(record.tenantId(), record.source(), record.sourceId());
        }
    }

    public Optional<FeedbackRecord> find(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.id = ? and " + condition)
                .params(params).query(MAPPER).optional();
    }

    public Optional<FeedbackRecord> bySource(Scope scope, FeedbackSource source, UUID sourceId) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), source.name(), sourceId));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.source = ? and f.source_id = ? and " + condition)
                .params(params).query(MAPPER).optional();
    }

    /** The newest records in the caller's scope, optionally only detractors, a page at a time. */
    public List<FeedbackRecord> latest(Scope scope, boolean detractorsOnly, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and " + condition + (detractorsOnly ? " and f.nps <= 6" : "")
                        + " order by f.occurred_at desc offset " + offset + " rows fetch first " + limit + " rows only")
                .params(params).query(MAPPER).list();
    }

    /** A customer's feedback in the caller's scope, newest first: their contact history. */
    public List<FeedbackRecord> ofCustomer(Scope scope, String customerId, int limit) {
        if (customerId == null) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), customerId));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.customer_id = ? and " + condition
                        + " order by f.occurred_at desc fetch first " + limit + " rows only")
                .params(params).query(MAPPER).list();
    }

    /** The newest feedback of one org unit, if the caller may see it. */
    public List<FeedbackRecord> latestAt(Scope scope, UUID orgUnitId, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), orgUnitId));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.org_unit_id = ? and " + condition
                        + " order by f.occurred_at desc fetch first " + limit + " rows only")
                .params(params).query(MAPPER).list();
    }

    /**
     * The records in the caller's scope that occurred in [from, to), newest first, a page at a time:
     * the page after {@code after} (null for the first), keyed on time and id so that long ranges
     * cost the same per page.
     */
    public List<FeedbackRecord> page(Scope scope, java.time.OffsetDateTime from, java.time.OffsetDateTime to,
                                     FeedbackRecord after, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), from, to));
        String condition = scope.pathCondition("u.path", params);
        String keyset = "";
        if (after != null) {
            keyset = " and (f.occurred_at < ? or (f.occurred_at = ? and f.id < ?))";
            params.addAll(List.of(after.occurredAt(), after.occurredAt(), after.id()));
        }
        return jdbc.sql("select f.* from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ? and " + condition + keyset
                        + " order by f.occurred_at desc, f.id desc fetch first " + limit + " rows only")
                .params(params).query(MAPPER).list();
    }

    private static final int[] TYPES = {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.OTHER, Types.OTHER, Types.OTHER,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.SMALLINT, Types.SMALLINT, Types.SMALLINT,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private static Object[] recordParams(FeedbackRecord r) {
        return new Object[] {r.tenantId(), r.id(), r.source().name(), r.sourceId(), r.orgUnitId(), r.touchpointId(),
                r.channel(), r.customerId(), r.occurredAt(), r.nps(), r.csat(), r.ces(), r.comment(), r.language(),
                FeedbackJson.write(r.attributes())};
    }
}
