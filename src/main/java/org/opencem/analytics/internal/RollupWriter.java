package org.opencem.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current as feedback is dispatched. For each batch it recomputes every
 * (unit, day) the batch touches — including the days of superseded record versions — from
 * feedback_record, with one aggregate statement per table: a batch handed over twice gives the
 * same rows, and an edited record leaves its old day corrected. It runs in the dispatcher's
 * transaction, after the other listeners (text analytics may fill the sentiment first), and
 * holds the tenant's row lock so two instances never interleave on the same rollup rows.
 */
@Component
class RollupWriter {

    private static final String NO_TOUCHPOINT = "'" + TallyReader.NO_TOUCHPOINT + "'";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ZoneId zone;

    RollupWriter(JdbcClient jdbc, JdbcTemplate template, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.template = template;
        this.zone = zone;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(FeedbackRecorded event) {
        Map<UUID, TreeSet<UnitDay>> byTenant = new HashMap<>();
        Stream.concat(event.records().stream(), event.superseded().stream()).forEach(record ->
                byTenant.computeIfAbsent(record.tenantId(), t -> new TreeSet<>()).add(unitDay(record)));
        byTenant.forEach((tenantId, unitDays) -> {
            jdbc.sql("select id from tenant where id = ? for update").param(tenantId).query(UUID.class).list();
            refresh(tenantId, List.copyOf(unitDays));
        });
    }

    UnitDay unitDay(FeedbackRecord record) {
        return new UnitDay(record.orgUnitId(), record.occurredAt().atZoneSameInstant(zone).toLocalDate());
    }

    /** Replaces the rollup rows of these units and days with what their records add up to now. */
    void refresh(UUID tenantId, List<UnitDay> unitDays) {
        if (unitDays.isEmpty()) {
            return;
        }
        List<Object> keys = new ArrayList<>(List.of(tenantId));
        List<Object> ranges = new ArrayList<>();
        for (UnitDay unitDay : unitDays) {
            keys.add(unitDay.unitId());
            keys.add(Date.valueOf(unitDay.day()));
            ranges.add(unitDay.unitId());
            ranges.add(Date.valueOf(unitDay.day()));
            ranges.add(unitDay.day().atStartOfDay(zone).toOffsetDateTime());
            ranges.add(unitDay.day().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        String inKeys = "tenant_id = ? and (org_unit_id, rollup_day) in ("
                + String.join(", ", Collections.nCopies(unitDays.size(), "(?, ?)")) + ")";
        String days = "(values " + String.join(", ", Collections.nCopies(unitDays.size(),
                "(cast(? as uuid), cast(? as date), cast(? as timestamp with time zone), cast(? as timestamp with time zone))"))
                + ") as k(unit_id, d, day_start, day_end) join feedback_record f on f.tenant_id = ? "
                + "and f.org_unit_id = k.unit_id and f.occurred_at >= k.day_start and f.occurred_at < k.day_end";
        List<Object> recordParams = new ArrayList<>(ranges);
        recordParams.add(tenantId);

        for (String table : List.of("metric_rollup", "metric_rollup_unit", "rating_rollup")) {
            template.update("delete from " + table + " where " + inKeys, keys.toArray());
        }
        template.update("insert into metric_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, "
                + Measures.list("") + ") select f.tenant_id, f.org_unit_id, k.d, coalesce(f.touchpoint_id, " + NO_TOUCHPOINT
                + "), f.channel, f.source, " + Measures.sums(c -> Measures.fromRecord(c, "f")) + " from " + days
                + " group by f.tenant_id, f.org_unit_id, k.d, coalesce(f.touchpoint_id, " + NO_TOUCHPOINT
                + "), f.channel, f.source", recordParams.toArray());
        template.update("insert into metric_rollup_unit (tenant_id, org_unit_id, rollup_day, " + Measures.list("")
                + ") select tenant_id, org_unit_id, rollup_day, " + Measures.sums(c -> c) + " from metric_rollup where "
                + inKeys + " group by tenant_id, org_unit_id, rollup_day", keys.toArray());
        writeRatings(tenantId, days, recordParams);
    }

    /** Ratings live in a JSON column, which H2 and PostgreSQL read differently: they are counted here. */
    private void writeRatings(UUID tenantId, String days, List<Object> recordParams) {
        List<Object> params = new ArrayList<>(recordParams);
        params.add(RatingAttributes.LIKE);
        Map<RatingKey, Long> counts = new HashMap<>();
        jdbc.sql("select f.org_unit_id, k.d, f.touchpoint_id, f.channel, f.source, f.attributes from " + days
                        + " where f.attributes like ?")
                .params(params)
                .query((rs, i) -> {
                    UUID touchpoint = rs.getObject("touchpoint_id", UUID.class);
                    UUID unitId = rs.getObject("org_unit_id", UUID.class);
                    LocalDate day = rs.getObject("d", LocalDate.class);
                    String channel = rs.getString("channel");
                    String source = rs.getString("source");
                    RatingAttributes.fromJson(rs.getString("attributes")).forEach((question, point) -> counts.merge(
                            new RatingKey(unitId, day, touchpoint == null ? TallyReader.NO_TOUCHPOINT : touchpoint,
                                    channel, source, question, point), 1L, Long::sum));
                    return null;
                }).list();
        insertRatings(tenantId, counts);
    }

    void insertRatings(UUID tenantId, Map<RatingKey, Long> counts) {
        List<Object[]> rows = new ArrayList<>(counts.size());
        counts.forEach((k, count) -> rows.add(new Object[] {tenantId, k.unitId(), Date.valueOf(k.day()), k.touchpointId(),
                k.channel(), k.source(), k.question(), k.point(), count}));
        template.batchUpdate("insert into rating_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, "
                + "source, question_key, rating_score, answers) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** A unit's day, ordered so that every batch takes its row locks in the same order. */
    record UnitDay(UUID unitId, LocalDate day) implements Comparable<UnitDay> {
        @Override
        public int compareTo(UnitDay other) {
            int byUnit = unitId.compareTo(other.unitId);
            return byUnit != 0 ? byUnit : day.compareTo(other.day);
        }
    }

    record RatingKey(UUID unitId, LocalDate day, UUID touchpointId, String channel, String source, String question,
                     int point) {
    }
}
