package org.opencem.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
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
    private final LocalDay localDay;
    private final ZoneId zone;

    RollupWriter(JdbcClient jdbc, JdbcTemplate template, LocalDay localDay) {
        this.jdbc = jdbc;
        this.template = template;
        this.localDay = localDay;
        this.zone = localDay.zone();
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
        Map<LocalDate, List<UUID>> unitsByDay = new TreeMap<>();
        unitDays.forEach(k -> unitsByDay.computeIfAbsent(k.day(), d -> new ArrayList<>()).add(k.unitId()));
        List<Object> rollupParams = new ArrayList<>(List.of(tenantId));
        List<Object> recordParams = new ArrayList<>(List.of(tenantId));
        List<String> rollupArms = new ArrayList<>();
        List<String> recordArms = new ArrayList<>();
        unitsByDay.forEach((day, units) -> {
            String in = " in (" + TallyReader.marks(units.size()) + ")";
            rollupArms.add("(rollup_day = ? and org_unit_id" + in + ")");
            rollupParams.add(Date.valueOf(day));
            rollupParams.addAll(units);
            recordArms.add("(f.occurred_at >= ? and f.occurred_at < ? and f.org_unit_id" + in + ")");
            recordParams.add(day.atStartOfDay(zone).toOffsetDateTime());
            recordParams.add(day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            recordParams.addAll(units);
        });
        // Day by day, units listed: both databases answer each arm from an index on (tenant, unit, time).
        String rollupKeys = "tenant_id = ? and (" + String.join(" or ", rollupArms) + ")";
        String records = "feedback_record f where f.tenant_id = ? and (" + String.join(" or ", recordArms) + ")";
        String day = localDay.of("f.occurred_at");

        for (String table : List.of("metric_rollup", "metric_rollup_unit", "rating_rollup")) {
            template.update("delete from " + table + " where " + rollupKeys, rollupParams.toArray());
        }
        template.update("insert into metric_rollup (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, "
                + Measures.list("") + ") select f.tenant_id, f.org_unit_id, " + day + ", coalesce(f.touchpoint_id, "
                + NO_TOUCHPOINT + "), f.channel, f.source, " + Measures.sums(c -> Measures.fromRecord(c, "f")) + " from "
                + records + " group by f.tenant_id, f.org_unit_id, " + day + ", coalesce(f.touchpoint_id, " + NO_TOUCHPOINT
                + "), f.channel, f.source", recordParams.toArray());
        template.update("insert into metric_rollup_unit (tenant_id, org_unit_id, rollup_day, " + Measures.list("")
                + ") select tenant_id, org_unit_id, rollup_day, " + Measures.sums(c -> c) + " from metric_rollup where "
                + rollupKeys + " group by tenant_id, org_unit_id, rollup_day", rollupParams.toArray());
        writeRatings(tenantId, records, recordParams);
    }

    /** Ratings live in a JSON column, which H2 and PostgreSQL read differently: they are counted here. */
    private void writeRatings(UUID tenantId, String records, List<Object> recordParams) {
        List<Object> params = new ArrayList<>(recordParams);
        params.add(RatingAttributes.LIKE);
        Map<RatingKey, Long> counts = new HashMap<>();
        jdbc.sql("select f.org_unit_id, f.occurred_at, f.touchpoint_id, f.channel, f.source, f.attributes from "
                        + records + " and f.attributes like ?")
                .params(params)
                .query((rs, i) -> {
                    UUID touchpoint = rs.getObject("touchpoint_id", UUID.class);
                    UUID unitId = rs.getObject("org_unit_id", UUID.class);
                    LocalDate day = rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
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
