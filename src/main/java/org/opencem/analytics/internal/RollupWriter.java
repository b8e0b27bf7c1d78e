package org.opencem.analytics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.opencem.analytics.internal.RollupTable.Shape;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.platform.Database;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current as feedback is dispatched, by adding each batch's counts to the rows
 * it touches and taking out the superseded versions of edited records. A record counts when its
 * outbox row is still there: the dispatcher deletes the rows in the same transaction, after the
 * listeners, so a batch handed over again finds them gone and changes nothing. It runs after the
 * other listeners (text analytics may fill the sentiment first) and reads what it counts from
 * feedback_record, as a rebuild does. Rows are written in key order, so two batches never wait on
 * each other crosswise; a rebuild holds the tenant's rollups exclusively, writers share them.
 */
@Component
class RollupWriter {

    /** Records per query when reading a batch back. */
    private static final int CHUNK = 500;
    /** The SQL types of the key columns that are not counts. */
    private static final Map<String, String> SQL_TYPES = Map.of("rollup_day", "date", "org_unit_id", "uuid",
            "touchpoint_id", "uuid", "channel", "text", "source", "text", "question_key", "text");
    private static final String NO_TOUCHPOINT = TallyReader.NO_TOUCHPOINT.toString();
    private static final List<String> RATING_KEYS = List.of("rollup_day", "org_unit_id", "touchpoint_id", "channel",
            "source", "question_key", "rating_score");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Database database;
    private final ZoneId zone;
    private final boolean postgres;

    RollupWriter(JdbcClient jdbc, JdbcTemplate template, LocalDay localDay, Database database) {
        this.jdbc = jdbc;
        this.database = database;
        this.template = template;
        this.zone = localDay.zone();
        this.postgres = database.isPostgres();
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(FeedbackRecorded event) {
        Map<UUID, List<FeedbackRecord>> byTenant = new LinkedHashMap<>();
        event.records().forEach(r -> byTenant.computeIfAbsent(r.tenantId(), t -> new ArrayList<>()).add(r));
        Map<UUID, FeedbackRecord> superseded = new HashMap<>();
        event.superseded().forEach(r -> superseded.put(r.id(), r));
        byTenant.forEach((tenantId, records) -> {
            Counts counts = new Counts();
            for (List<FeedbackRecord> chunk : chunks(records)) {
                List<UUID> queued = stillQueued(tenantId, chunk.stream().map(FeedbackRecord::id).toList());
                if (queued.isEmpty()) {
                    continue;
                }
                List<Object> params = new ArrayList<>();
                jdbc.sql("select f.id, f.org_unit_id, f.touchpoint_id, f.channel, f.source, f.occurred_at, f.nps, f.csat, "
                                + "f.ces, f.sentiment, f.attributes from feedback_record f where "
                                + database.idsOf("f.tenant_id", "f.id", tenantId, queued, params))
                        .params(params)
                        .query((rs, i) -> {
                            counts.add(counted(rs), 1);
                            FeedbackRecord before = superseded.get(rs.getObject("id", UUID.class));
                            if (before != null) {
                                counts.add(counted(before), -1);
                            }
                            return null;
                        }).list();
            }
            if (!counts.isEmpty()) {
                lockShared(tenantId);
                write(tenantId, counts);
            }
        });
    }

    /**
     * The records of a batch whose outbox row is still there, the only ones to count. Asked of the
     * outbox alone: joined to the records, a plan made on the statistics of an emptier queue could
     * walk all of it for each batch.
     */
    private List<UUID> stillQueued(UUID tenantId, List<UUID> ids) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select record_id from feedback_outbox where "
                        + database.idsOf("tenant_id", "record_id", tenantId, ids, params))
                .params(params).query(UUID.class).list();
    }

    /**
     * Waits while the tenant's rollups are rebuilt. On PostgreSQL writers share an advisory lock
     * that a rebuild takes alone: a lock on the tenant's row would turn every foreign-key check of
     * the feedback stored meanwhile into a shared multi-transaction lock on that one row. On H2,
     * which offers no shared lock and no upsert that adds, writers take turns on the tenant's row.
     */
    private void lockShared(UUID tenantId) {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(lockKey(tenantId)).query().singleRow();
        } else {
            jdbc.sql("select id from tenant where id = ? for update").param(tenantId).query(UUID.class).list();
        }
    }

    /** The advisory lock a tenant's rollup writers share and its rebuild holds alone. */
    static long lockKey(UUID tenantId) {
        return tenantId.getMostSignificantBits() ^ tenantId.getLeastSignificantBits();
    }

    private Counted counted(ResultSet rs) throws SQLException {
        UUID touchpoint = rs.getObject("touchpoint_id", UUID.class);
        return new Counted(rs.getObject("org_unit_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                touchpoint == null ? NO_TOUCHPOINT : touchpoint.toString(), rs.getString("channel"), rs.getString("source"),
                Measures.ofRecord((Integer) rs.getObject("nps", Integer.class), (Integer) rs.getObject("csat", Integer.class),
                        (Integer) rs.getObject("ces", Integer.class), rs.getString("sentiment")),
                RatingAttributes.fromJson(rs.getString("attributes")));
    }

    /** The version listeners counted before: its sentiment is the one its insight gave. */
    private Counted counted(FeedbackRecord r) {
        return new Counted(r.orgUnitId(), r.occurredAt().atZoneSameInstant(zone).toLocalDate(),
                r.touchpointId() == null ? NO_TOUCHPOINT : r.touchpointId().toString(), r.channel(), r.source().name(),
                Measures.ofRecord(r.nps(), r.csat(), r.ces(),
                        r.insight() == null || r.insight().sentiment() == null ? null : r.insight().sentiment().name()),
                RatingAttributes.of(r.attributes()));
    }

    /** Adds the counts to the stored rows, creating the missing ones and dropping those left empty. */
    void write(UUID tenantId, Counts counts) {
        for (RollupTable table : RollupTable.values()) {
            Map<Key, long[]> rows = counts.rows.get(table);
            List<Object[]> params = new ArrayList<>(rows.size());
            rows.forEach((key, measures) -> {
                if (!isZero(measures)) {
                    params.add(row(tenantId, key, table, measures));
                }
            });
            add(table.table, table.keys(), Measures.COLUMNS, params);
        }
        add("rating_rollup", RATING_KEYS, List.of("answers"), ratingRows(tenantId, counts.ratings));
        if (counts.takesOut) {
            dropEmpty(tenantId, counts);
        }
    }

    /** Rating rows as counted from the records, into a tenant's emptied rating rollup. */
    void insertRatings(UUID tenantId, Map<RatingKey, Long> counts) {
        template.batchUpdate("insert into rating_rollup (tenant_id, " + String.join(", ", RATING_KEYS)
                + ", answers) values (" + TallyReader.marks(2 + RATING_KEYS.size()) + ")", ratingRows(tenantId, counts));
    }

    private static List<Object[]> ratingRows(UUID tenantId, Map<RatingKey, Long> counts) {
        List<Object[]> rows = new ArrayList<>(counts.size());
        counts.forEach((key, answers) -> {
            if (answers != 0) {
                rows.add(new Object[] {tenantId, Date.valueOf(key.day()), key.unitId(), UUID.fromString(key.touchpoint()),
                        key.channel(), key.source(), key.question(), key.point(), answers});
            }
        });
        return rows;
    }

    private static Object[] row(UUID tenantId, Key key, RollupTable table, long[] measures) {
        List<String> keys = table.keys();
        Object[] row = new Object[1 + keys.size() + measures.length];
        row[0] = tenantId;
        for (int i = 0; i < keys.size(); i++) {
            row[1 + i] = key.value(keys.get(i));
        }
        for (int i = 0; i < measures.length; i++) {
            row[1 + keys.size() + i] = measures[i];
        }
        return row;
    }

    /**
     * PostgreSQL adds all of a table's rows in one statement ("on conflict … do update"), each
     * column passed as one array: the statement's text stays the same, so it is planned once per
     * connection rather than once per batch. H2, whose writers take turns, updates the rows there
     * are and inserts the rest.
     */
    private void add(String table, List<String> keys, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String names = "tenant_id, " + String.join(", ", keys) + ", " + String.join(", ", columns);
        int width = 1 + keys.size() + columns.size();
        if (postgres) {
            List<String> arrays = new ArrayList<>();
            Object[] params = new Object[width];
            params[0] = rows.get(0)[0];
            for (int column = 1; column < width; column++) {
                String name = column <= keys.size() ? keys.get(column - 1) : columns.get(column - 1 - keys.size());
                arrays.add("cast(? as " + SQL_TYPES.getOrDefault(name, "int") + "[])");
                int at = column;
                params[column] = Database.array(rows.stream().map(row -> row[at]).toList());
            }
            String added = String.join(", ", columns.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c)
                    .toList());
            template.update("insert into " + table + " (" + names + ") select ?, u.* from unnest("
                    + String.join(", ", arrays) + ") u on conflict (tenant_id, " + String.join(", ", keys)
                    + ") do update set " + added, params);
            return;
        }
        String set = String.join(", ", columns.stream().map(c -> c + " = " + c + " + ?").toList());
        String where = "tenant_id = ? and " + String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
        List<Object[]> updates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Object[] update = new Object[width];
            System.arraycopy(r, 1 + keys.size(), update, 0, columns.size());
            System.arraycopy(r, 0, update, columns.size(), 1 + keys.size());
            updates.add(update);
        }
        int[] updated = template.batchUpdate("update " + table + " set " + set + " where " + where, updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i));
            }
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("insert into " + table + " (" + names + ") values (" + TallyReader.marks(width) + ")",
                    inserts);
        }
    }

    /** Rows whose last record was taken out count nothing and go, as a rebuild would not make them. */
    private void dropEmpty(UUID tenantId, Counts counts) {
        for (RollupTable table : RollupTable.values()) {
            String where = String.join(" and ", table.keys().stream().map(k -> k + " = ?").toList());
            List<Object[]> keys = new ArrayList<>();
            counts.rows.get(table).forEach((key, measures) -> {
                if (counts.takenOut.contains(key)) {
                    keys.add(row(tenantId, key, table, new long[0]));
                }
            });
            if (!keys.isEmpty()) {
                template.batchUpdate("delete from " + table.table + " where tenant_id = ? and " + where
                        + " and responses = 0", keys);
            }
        }
        List<Object[]> ratings = new ArrayList<>();
        counts.ratings.forEach((key, answers) -> {
            if (answers < 0) {
                ratings.add(new Object[] {tenantId, Date.valueOf(key.day()), key.unitId(), UUID.fromString(key.touchpoint()),
                        key.channel(), key.source(), key.question(), key.point()});
            }
        });
        if (!ratings.isEmpty()) {
            template.batchUpdate("delete from rating_rollup where tenant_id = ? and "
                    + String.join(" and ", RATING_KEYS.stream().map(k -> k + " = ?").toList()) + " and answers = 0", ratings);
        }
    }

    private static boolean isZero(long[] measures) {
        for (long measure : measures) {
            if (measure != 0) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** What one record version adds to the rollups: its keys, its measures and its rating answers. */
    record Counted(UUID unitId, LocalDate day, String touchpoint, String channel, String source, long[] measures,
                   Map<String, Integer> ratings) {
    }

    /**
     * A rollup row's key; per-unit tables leave touchpoint, channel and source null, tenant tables
     * the unit. Ordered to lock alike.
     */
    record Key(LocalDate day, UUID unitId, String touchpoint, String channel, String source) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
                .thenComparing(Key::unitId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::touchpoint, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::channel, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::source, Comparator.nullsFirst(Comparator.naturalOrder()));

        Key withGrainOf(RollupTable table) {
            Shape shape = table.shape;
            return new Key(table.grain.start(day), shape.has("org_unit_id") ? unitId : null,
                    shape.has("touchpoint_id") ? touchpoint : null, shape.has("channel") ? channel : null,
                    shape.has("source") ? source : null);
        }

        /** The value of one key column, as a statement takes it. */
        Object value(String column) {
            return switch (column) {
                case "rollup_day" -> Date.valueOf(day);
                case "org_unit_id" -> unitId;
                case "touchpoint_id" -> UUID.fromString(touchpoint);
                case "channel" -> channel;
                case "source" -> source;
                default -> throw new IllegalArgumentException(column);
            };
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    record RatingKey(LocalDate day, UUID unitId, String touchpoint, String channel, String source, String question,
                     int point) implements Comparable<RatingKey> {

        private static final Comparator<RatingKey> ORDER = Comparator.comparing(RatingKey::day)
                .thenComparing(RatingKey::unitId).thenComparing(RatingKey::touchpoint).thenComparing(RatingKey::channel)
                .thenComparing(RatingKey::source).thenComparing(RatingKey::question).thenComparingInt(RatingKey::point);

        @Override
        public int compareTo(RatingKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** A batch's counts per table and key, positive for new versions and negative for superseded ones. */
    static final class Counts {

        final Map<RollupTable, Map<Key, long[]>> rows = new java.util.EnumMap<>(RollupTable.class);
        final Map<RatingKey, Long> ratings = new TreeMap<>();
        final java.util.Set<Key> takenOut = new java.util.HashSet<>();
        boolean takesOut;

        Counts() {
            for (RollupTable table : RollupTable.values()) {
                rows.put(table, new TreeMap<>());
            }
        }

        void add(Counted record, int sign) {
            Key detail = new Key(record.day(), record.unitId(), record.touchpoint(), record.channel(), record.source());
            for (RollupTable table : RollupTable.values()) {
                Key key = detail.withGrainOf(table);
                long[] measures = rows.get(table).computeIfAbsent(key, k -> new long[Measures.COLUMNS.size()]);
                for (int i = 0; i < measures.length; i++) {
                    measures[i] += sign * record.measures()[i];
                }
                if (sign < 0) {
                    takenOut.add(key);
                }
            }
            record.ratings().forEach((question, point) -> ratings.merge(new RatingKey(record.day(), record.unitId(),
                    record.touchpoint(), record.channel(), record.source(), question, point), (long) sign, Long::sum));
            takesOut |= sign < 0;
        }

        boolean isEmpty() {
            return rows.get(RollupTable.DAY).isEmpty();
        }
    }
}
