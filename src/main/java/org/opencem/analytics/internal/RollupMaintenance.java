package org.opencem.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.opencem.analytics.RebuildReport;
import org.opencem.analytics.Rollups;
import org.opencem.analytics.internal.RollupTable.Shape;
import org.opencem.analytics.internal.RollupWriter.RatingKey;
import org.opencem.platform.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a tenant's rollups from its feedback records, and compares them with the stored ones
 * row by row and measure by measure, so a rebuild proves what it repaired and a check proves the
 * incremental path right.
 */
@Service
class RollupMaintenance implements Rollups {

    private static final int EXAMPLES = 10;
    /** The tables summed from the daily detail (or from a coarser detail), in the order they are filled. */
    private static final List<RollupTable> DERIVED = List.of(RollupTable.DAY_UNIT, RollupTable.DAY_TOUCHPOINT,
            RollupTable.DAY_TENANT, RollupTable.WEEK, RollupTable.WEEK_UNIT, RollupTable.WEEK_TOUCHPOINT,
            RollupTable.WEEK_TENANT, RollupTable.MONTH, RollupTable.MONTH_UNIT, RollupTable.MONTH_TOUCHPOINT,
            RollupTable.MONTH_TENANT);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RollupWriter writer;
    private final ZoneId zone;

    private final boolean postgres;

    private final LocalDay localDay;

    RollupMaintenance(JdbcClient jdbc, JdbcTemplate template, RollupWriter writer, LocalDay localDay,
                      Database database) {
        this.jdbc = jdbc;
        this.template = template;
        this.writer = writer;
        this.localDay = localDay;
        this.zone = localDay.zone();
        this.postgres = database.isPostgres();
    }

    /**
     * A rebuild groups all of a tenant's records at once: on PostgreSQL give this transaction the
     * memory to hash them rather than sort them on disk (4 MB by default).
     */
    private void roomToAggregate() {
        if (postgres) {
            jdbc.sql("set local work_mem = '256MB'").update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public RebuildReport verify(UUID tenantId) {
        long started = System.nanoTime();
        roomToAggregate();
        List<String> examples = new ArrayList<>();
        long mismatches = compare(tenantId, "(" + expected() + ")", expectedRatings(tenantId), examples);
        return new RebuildReport(tenantId, false, count(tenantId), mismatches, examples, millisSince(started));
    }

    /**
     * Aggregates the records once, into the staging table, compares the stored rollups with that,
     * then replaces them: the daily detail from the staging table, every other table summed from it.
     */
    @Override
    @Transactional
    public RebuildReport rebuild(UUID tenantId) {
        long started = System.nanoTime();
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(RollupWriter.lockKey(tenantId)).query().singleRow();
        } else {
            jdbc.sql("select id from tenant where id = ? for update").param(tenantId).query(UUID.class).list();
        }
        roomToAggregate();
        String detail = "tenant_id, " + String.join(", ", RollupTable.DAY.keys()) + ", " + Measures.list("");
        template.update("insert into metric_rollup_staged (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, "
                + "source, " + Measures.list("") + ") " + expected(), tenantId);
        Map<RatingKey, Long> ratings = expectedRatings(tenantId);
        List<String> examples = new ArrayList<>();
        long mismatches = compare(tenantId, "(select * from metric_rollup_staged where tenant_id = ?)", ratings,
                examples);
        for (RollupTable table : RollupTable.values()) {
            template.update("delete from " + table.table + " where tenant_id = ?", tenantId);
        }
        template.update("delete from rating_rollup where tenant_id = ?", tenantId);
        // each in period order, so that a period's rows sit together in the table as they do when appended
        template.update("insert into metric_rollup (" + detail + ") select " + detail
                + " from metric_rollup_staged where tenant_id = ? order by rollup_day", tenantId);
        template.update("delete from metric_rollup_staged where tenant_id = ?", tenantId);
        for (RollupTable table : DERIVED) {
            template.update("insert into " + table.table + " (tenant_id, " + String.join(", ", table.keys()) + ", "
                    + Measures.list("") + ") " + summed(table) + " order by rollup_day", tenantId);
        }
        writer.insertRatings(tenantId, ratings);
        if (postgres) {
            // the tables were just refilled: plan the next reads on their new contents, not on old statistics
            for (RollupTable table : RollupTable.values()) {
                jdbc.sql("analyze " + table.table).update();
            }
            jdbc.sql("analyze rating_rollup").update();
        }
        return new RebuildReport(tenantId, true, count(tenantId), mismatches, examples, millisSince(started));
    }

    /** Every tenant with feedback records, for a rebuild of everything. */
    List<UUID> tenantsWithRecords() {
        return jdbc.sql("select id from tenant t where exists (select 1 from feedback_record f where f.tenant_id = t.id)")
                .query(UUID.class).list();
    }

    boolean hasRollups() {
        return !jdbc.sql("select tenant_id from metric_rollup fetch first 1 rows only").query(UUID.class).list().isEmpty();
    }

    private long count(UUID tenantId) {
        return jdbc.sql("select count(*) from metric_rollup where tenant_id = ?").param(tenantId).query(Long.class).single();
    }

    /**
     * Records still in the outbox are counted when they are handed over, not before: the rollups
     * add each record once, when its batch is dispatched.
     */
    private static final String NOT_QUEUED = "not exists (select 1 from feedback_outbox o where o.tenant_id = f.tenant_id "
            + "and o.record_id = f.id)";

    /** The detailed rollup rows the records make, keyed like metric_rollup. */
    private String expected() {
        String day = localDay.of("f.occurred_at");
        String touchpoint = "coalesce(f.touchpoint_id, '" + TallyReader.NO_TOUCHPOINT + "')";
        return "select f.tenant_id, f.org_unit_id, " + day + " rollup_day, " + touchpoint + " touchpoint_id, f.channel, "
                + "f.source, " + Measures.sums(c -> Measures.fromRecord(c, "f")) + " from feedback_record f "
                + "where f.tenant_id = ? and " + NOT_QUEUED + " group by f.tenant_id, f.org_unit_id, " + day + ", " + touchpoint
                + ", f.channel, f.source";
    }

    /**
     * A derived table's rows summed from the table it is built from: detail from the daily detail,
     * the others from the detail of their grain.
     */
    private String summed(RollupTable table) {
        RollupTable from = table.shape == Shape.DETAIL ? RollupTable.DAY : RollupTable.of(table.grain, Shape.DETAIL);
        String day = localDay.startOf(table.grain, "rollup_day");
        String others = String.join(", ", table.keys().subList(1, table.keys().size()));
        return "select tenant_id, " + day + " rollup_day, " + others + ", " + Measures.sums(c -> c) + " from "
                + from.table + " where tenant_id = ? group by tenant_id, " + day + ", " + others;
    }

    /**
     * Rows missing, left over or different: the daily detail against what the records make (one
     * pass over the records), every other table against what it sums up from, then the ratings.
     */
    private long compare(UUID tenantId, String expectedDetail, Map<RatingKey, Long> expectedRatings,
                         List<String> examples) {
        long found = differences(expectedDetail, RollupTable.DAY, tenantId, examples);
        for (RollupTable table : DERIVED) {
            found += differences("(" + summed(table) + ")", table, tenantId, examples);
        }
        return found + compareRatings(tenantId, expectedRatings, examples);
    }

    /** Stored rows that are missing or different, counted in one pass; left-over rows follow from the counts. */
    private long differences(String expected, RollupTable rollup, UUID tenantId, List<String> examples) {
        String table = rollup.table;
        String keys = String.join(" and ", rollup.keys().stream().map(k -> "e." + k + " = r." + k).toList());
        String differs = String.join(" or ", Measures.COLUMNS.stream().map(c -> "e." + c + " <> r." + c).toList());
        String joined = "from " + expected + " e left join " + table + " r on r.tenant_id = e.tenant_id and " + keys;
        long[] counts = jdbc.sql("select count(*), coalesce(sum(case when r.tenant_id is null then 1 else 0 end), 0), "
                        + "coalesce(sum(case when r.tenant_id is not null and (" + differs + ") then 1 else 0 end), 0) "
                        + joined)
                .params(params(joined, tenantId))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        long stored = jdbc.sql("select count(*) from " + table + " where tenant_id = ?").param(tenantId)
                .query(Long.class).single();
        long leftOver = stored - (counts[0] - counts[1]);
        if (counts[1] + counts[2] > 0 && examples.size() < EXAMPLES) {
            examples.addAll(jdbc.sql("select " + keyList(rollup, "e") + " " + joined + " where r.tenant_id is null or "
                            + differs + " fetch first " + (EXAMPLES - examples.size()) + " rows only")
                    .params(params(joined, tenantId))
                    .query((rs, i) -> table + " missing or different: " + keyValues(rollup, rs)).list());
        }
        if (leftOver > 0 && examples.size() < EXAMPLES) {
            String rest = "from " + table + " r left join " + expected + " e on e.tenant_id = r.tenant_id and " + keys
                    + " where r.tenant_id = ? and e.tenant_id is null";
            examples.addAll(jdbc.sql("select " + keyList(rollup, "r") + " " + rest + " fetch first "
                            + (EXAMPLES - examples.size()) + " rows only")
                    .params(params(rest, tenantId))
                    .query((rs, i) -> table + " left over: " + keyValues(rollup, rs)).list());
        }
        return counts[1] + counts[2] + leftOver;
    }

    private static String keyList(RollupTable table, String alias) {
        return String.join(", ", table.keys().stream().map(k -> alias + "." + k).toList());
    }

    /** A row's key as "rollup_day 2026-03-02, org_unit_id …", for an example. */
    private static String keyValues(RollupTable table, ResultSet rs) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String key : table.keys()) {
            values.add(key + " " + rs.getString(key));
        }
        return String.join(", ", values);
    }

    private static List<Object> params(String sql, UUID tenantId) {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                params.add(tenantId);
            }
        }
        return params;
    }

    private long compareRatings(UUID tenantId, Map<RatingKey, Long> expected, List<String> examples) {
        Map<RatingKey, Long> stored = new HashMap<>();
        template.query("select org_unit_id, rollup_day, touchpoint_id, channel, source, question_key, rating_score, answers "
                + "from rating_rollup where tenant_id = ?", (RowCallbackHandler) rs -> stored.put(new RatingKey(
                rs.getObject(2, LocalDate.class), rs.getObject(1, UUID.class), rs.getObject(3, UUID.class).toString(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)), rs.getLong(8)), tenantId);
        long found = 0;
        Map<RatingKey, Long> all = new HashMap<>(expected);
        stored.forEach(all::putIfAbsent);
        for (RatingKey key : all.keySet()) {
            if (!Objects.equals(expected.get(key), stored.get(key))) {
                found++;
                if (examples.size() < EXAMPLES) {
                    examples.add("rating_rollup differs: unit " + key.unitId() + " on " + key.day() + ", "
                            + key.question() + " = " + key.point());
                }
            }
        }
        return found;
    }

    private Map<RatingKey, Long> expectedRatings(UUID tenantId) {
        Map<RatingKey, Long> counts = new HashMap<>();
        template.query("select org_unit_id, occurred_at, touchpoint_id, channel, source, attributes from feedback_record "
                        + "f where tenant_id = ? and attributes like ? and " + NOT_QUEUED, (RowCallbackHandler) rs -> {
                    UUID touchpoint = rs.getObject(3, UUID.class);
                    UUID unitId = rs.getObject(1, UUID.class);
                    LocalDate day = rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    String channel = rs.getString(4);
                    String source = rs.getString(5);
                    RatingAttributes.fromJson(rs.getString(6)).forEach((question, point) -> counts.merge(new RatingKey(
                            day, unitId, (touchpoint == null ? TallyReader.NO_TOUCHPOINT : touchpoint).toString(), channel,
                            source, question, point), 1L, Long::sum));
                }, tenantId, RatingAttributes.LIKE);
        return counts;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
