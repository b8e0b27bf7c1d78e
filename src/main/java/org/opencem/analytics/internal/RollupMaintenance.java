package org.opencem.analytics.internal;

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
import org.opencem.analytics.internal.RollupWriter.RatingKey;
import org.springframework.beans.factory.annotation.Value;
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

    private static final int EXAMPLES = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RollupWriter writer;
    private final ZoneId zone;

    RollupMaintenance(JdbcClient jdbc, JdbcTemplate template, RollupWriter writer,
                      @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.template = template;
        this.writer = writer;
        this.zone = zone;
    }

    @Override
    @Transactional(readOnly = true)
    public RebuildReport verify(UUID tenantId) {
        long started = System.nanoTime();
        List<String> examples = new ArrayList<>();
        long mismatches = compare(tenantId, examples);
        return new RebuildReport(tenantId, false, count(tenantId), mismatches, examples, millisSince(started));
    }

    @Override
    @Transactional
    public RebuildReport rebuild(UUID tenantId) {
        long started = System.nanoTime();
        jdbc.sql("select id from tenant where id = ? for update").param(tenantId).query(UUID.class).list();
        List<String> examples = new ArrayList<>();
        long mismatches = compare(tenantId, examples);
        for (String table : List.of("metric_rollup", "metric_rollup_unit", "rating_rollup")) {
            template.update("delete from " + table + " where tenant_id = ?", tenantId);
        }
        template.update("insert into metric_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, "
                + Measures.list("") + ") " + expected(), tenantId);
        template.update("insert into metric_rollup_unit (tenant_id, org_unit_id, rollup_day, " + Measures.list("")
                + ") " + unitsFromDetail(), tenantId);
        writer.insertRatings(tenantId, expectedRatings(tenantId));
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

    /** The detailed rollup rows the records make, keyed like metric_rollup. */
    private String expected() {
        String day = "cast(f.occurred_at at time zone '" + zone.getId() + "' as date)";
        String touchpoint = "coalesce(f.touchpoint_id, '" + TallyReader.NO_TOUCHPOINT + "')";
        return "select f.tenant_id, f.org_unit_id, " + day + " rollup_day, " + touchpoint + " touchpoint_id, f.channel, "
                + "f.source, " + Measures.sums(c -> Measures.fromRecord(c, "f")) + " from feedback_record f "
                + "where f.tenant_id = ? group by f.tenant_id, f.org_unit_id, " + day + ", " + touchpoint
                + ", f.channel, f.source";
    }

    private static String unitsFromDetail() {
        return "select tenant_id, org_unit_id, rollup_day, " + Measures.sums(c -> c) + " from metric_rollup "
                + "where tenant_id = ? group by tenant_id, org_unit_id, rollup_day";
    }

    /**
     * Rows missing, left over or different, in both directions, for the detailed and the unit
     * rollups (the unit rollups against the detailed ones the records make), then the ratings.
     */
    private long compare(UUID tenantId, List<String> examples) {
        String detailKeys = "e.org_unit_id = r.org_unit_id and e.rollup_day = r.rollup_day and "
                + "e.touchpoint_id = r.touchpoint_id and e.channel = r.channel and e.source = r.source";
        String expectedUnits = "select tenant_id, org_unit_id, rollup_day, " + Measures.sums(c -> c) + " from ("
                + expected() + ") d group by tenant_id, org_unit_id, rollup_day";
        String unitKeys = "e.org_unit_id = r.org_unit_id and e.rollup_day = r.rollup_day";
        return differences("(" + expected() + ")", "metric_rollup", detailKeys, tenantId, examples)
                + differences("(" + expectedUnits + ")", "metric_rollup_unit", unitKeys, tenantId, examples)
                + compareRatings(tenantId, examples);
    }

    private long differences(String expected, String table, String keys, UUID tenantId, List<String> examples) {
        String differs = String.join(" or ", Measures.COLUMNS.stream().map(c -> "e." + c + " <> r." + c).toList());
        String wrongOrMissing = "from " + expected + " e left join " + table + " r on r.tenant_id = e.tenant_id and "
                + keys + " where r.tenant_id is null or " + differs;
        String leftOver = "from " + table + " r left join " + expected + " e on e.tenant_id = r.tenant_id and " + keys
                + " where r.tenant_id = ? and e.tenant_id is null";
        long found = 0;
        for (String[] kind : new String[][] {{wrongOrMissing, "e", "missing or different"}, {leftOver, "r", "left over"}}) {
            long n = jdbc.sql("select count(*) " + kind[0]).params(params(kind[0], tenantId)).query(Long.class).single();
            if (n > 0 && examples.size() < EXAMPLES) {
                examples.addAll(jdbc.sql("select " + kind[1] + ".org_unit_id, " + kind[1] + ".rollup_day " + kind[0]
                                + " fetch first " + (EXAMPLES - examples.size()) + " rows only")
                        .params(params(kind[0], tenantId))
                        .query((rs, i) -> table + " " + kind[2] + ": unit " + rs.getString(1) + " on " + rs.getString(2))
                        .list());
            }
            found += n;
        }
        return found;
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

    private long compareRatings(UUID tenantId, List<String> examples) {
        Map<RatingKey, Long> expected = expectedRatings(tenantId);
        Map<RatingKey, Long> stored = new HashMap<>();
        template.query("select org_unit_id, rollup_day, touchpoint_id, channel, source, question_key, rating_score, answers "
                + "from rating_rollup where tenant_id = ?", (RowCallbackHandler) rs -> stored.put(new RatingKey(
                rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class),
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
                        + "where tenant_id = ? and attributes like ?", (RowCallbackHandler) rs -> {
                    UUID touchpoint = rs.getObject(3, UUID.class);
                    UUID unitId = rs.getObject(1, UUID.class);
                    LocalDate day = rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    String channel = rs.getString(4);
                    String source = rs.getString(5);
                    RatingAttributes.fromJson(rs.getString(6)).forEach((question, point) -> counts.merge(new RatingKey(
                            unitId, day, touchpoint == null ? TallyReader.NO_TOUCHPOINT : touchpoint, channel, source,
                            question, point), 1L, Long::sum));
                }, tenantId, RatingAttributes.LIKE);
        return counts;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
