package org.opencem.analytics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricReport.Basis;
import org.opencem.analytics.internal.RollupTable.Grain;
import org.opencem.analytics.internal.RollupTable.Shape;
import org.opencem.platform.Database;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads tallies for a set of org-unit subtrees over whole days, split by one grouping (and by unit,
 * when asked), from the rollups or straight from the feedback records. Every read is tenant- and
 * scope-filtered; the two bases answer the same question with the same columns, so they can be
 * compared. From the rollups, whole months and weeks of the period come from the monthly and
 * weekly tables and only the days at its edges from the daily ones, and the per-unit tables serve
 * whatever needs no touchpoint, channel or source.
 */
@Component
class TallyReader {

    /** The group key of records without a touchpoint (signals), in either basis. */
    static final String NO_TOUCHPOINT_KEY = "none";
    static final UUID NO_TOUCHPOINT = new UUID(0, 0);
    /**
     * Up to this many units a subtree is read by listing their ids, which the (tenant, unit, day)
     * indexes answer for a region or a store without touching the rest of the chain; beyond it,
     * by joining the units and matching their paths.
     */
    static final int MAX_LISTED_UNITS = 1000;

    private final JdbcClient jdbc;
    private final Database database;
    private final TransactionTemplate transaction;
    private final LocalDay localDay;
    private final ZoneId zone;

    TallyReader(JdbcClient jdbc, Database database, LocalDay localDay, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.database = database;
        this.localDay = localDay;
        this.zone = localDay.zone();
    }

    /**
     * Tallies per slice; {@code ratingQuestions} are the attribute rating questions to count as
     * well; {@code perUnit} splits every slice by the org unit the feedback belongs to.
     */
    Map<Slice, Tally> read(Basis basis, Units units, DateRange range, GroupBy groupBy, MetricFilter filter,
                           Set<String> ratingQuestions, boolean perUnit) {
        Map<Slice, Tally> tallies = new HashMap<>();
        if (units.isEmpty()) {
            return tallies;
        }
        UUID tenantId = units.tenantId();
        if (basis == Basis.RECORDS) {
            readRecords(tenantId, units, range, groupBy, filter, ratingQuestions, perUnit, tallies);
            return tallies;
        }
        Shape shape = shape(units, groupBy, filter, perUnit);
        // one statement for all the parts of the period, each from its own table, summed once: one
        // round trip, and sums of integers (a sum of sums would add up numerics)
        Grouping grouping = new Grouping("r", groupBy, "r.rollup_day", perUnit);
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Segment segment : segments(range, groupBy)) {
            RollupTable table = RollupTable.of(segment.grain(), shape);
            String where = rollupWhere(tenantId, units, segment.from(), segment.to(), filter, params);
            parts.add("select " + grouping.columns() + ", " + Measures.list("r.") + " from " + table.table + " r"
                    + units.join("r") + " where " + where);
        }
        String sql = "select unit_key, grp, d, " + Measures.sums(c -> c) + " from (" + String.join(" union all ", parts)
                + ") p group by unit_key, grp, d";
        serially(() -> jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> {
                    Measures.addTo(tallies.computeIfAbsent(slice(rs, perUnit), s -> new Tally()), rs,
                            Grouping.WIDTH + 1);
                    return null;
                }).list());
        if (!ratingQuestions.isEmpty()) {
            readRatings(tenantId, units, range, groupBy, filter, ratingQuestions, perUnit, tallies);
        }
        return tallies;
    }

    /** The smallest rollups that answer: without units for the whole tenant, else with what is split or filtered by. */
    private static Shape shape(Units units, GroupBy groupBy, MetricFilter filter, boolean perUnit) {
        if (units.isWholeTenant() && !perUnit && groupBy != GroupBy.CHILD_UNIT) {
            return Shape.TENANT;
        }
        if (groupBy == GroupBy.CHANNEL || groupBy == GroupBy.SOURCE || !filter.channels().isEmpty()
                || !filter.sources().isEmpty()) {
            return Shape.DETAIL;
        }
        return groupBy.isByTouchpoint() || !filter.touchpointIds().isEmpty() ? Shape.TOUCHPOINT : Shape.UNIT;
    }

    /**
     * Runs a rollup read on PostgreSQL in its own transaction, without parallel workers and without
     * compiling its expressions: it sums a few thousand rows, and starting workers for a parallel
     * append over its parts, or compiling its thirty sums, costs more than the read itself. Inside
     * a caller's transaction it runs as it is, so as not to change the settings of what follows.
     */
    private void serially(Runnable read) {
        if (!database.isPostgres() || TransactionSynchronizationManager.isActualTransactionActive()) {
            read.run();
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)")
                    .query().singleRow();
            read.run();
        });
    }

    private void readRecords(UUID tenantId, Units units, DateRange range, GroupBy groupBy, MetricFilter filter,
                             Set<String> questions, boolean perUnit, Map<Slice, Tally> tallies) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ?");
        params.add(tenantId);
        params.add(startOf(range.from()));
        params.add(startOf(range.to().plusDays(1)));
        where.append(units.condition("f", database, params));
        recordFilters(where, "f", filter, params);
        Grouping grouping = new Grouping("f", groupBy, localDay.of("f.occurred_at"), perUnit);
        String from = " from feedback_record f" + units.join("f") + " where " + where;
        jdbc.sql("select " + grouping.columns() + ", " + Measures.sums(c -> Measures.fromRecord(c, "f")) + from
                        + grouping.clause())
                .params(params)
                .query((rs, i) -> {
                    Measures.addTo(tallies.computeIfAbsent(slice(rs, perUnit), s -> new Tally()), rs,
                            Grouping.WIDTH + 1);
                    return null;
                }).list();
        if (questions.isEmpty()) {
            return;
        }
        List<Object> withLike = new ArrayList<>(params);
        withLike.add(RatingAttributes.LIKE);
        jdbc.sql("select " + grouping.columns() + ", f.attributes" + from + " and f.attributes like ?")
                .params(withLike)
                .query((rs, i) -> {
                    Slice slice = slice(rs, perUnit);
                    RatingAttributes.fromJson(rs.getString("attributes")).forEach((question, point) -> {
                        if (questions.contains(question)) {
                            tallies.computeIfAbsent(slice, s -> new Tally()).addRating(question, point, 1);
                        }
                    });
                    return null;
                }).list();
    }

    /** Rating answers are rare beside the scores and kept per day only. */
    private void readRatings(UUID tenantId, Units units, DateRange range, GroupBy groupBy, MetricFilter filter,
                             Set<String> questions, boolean perUnit, Map<Slice, Tally> tallies) {
        List<Object> params = new ArrayList<>();
        String where = rollupWhere(tenantId, units, range.from(), range.to(), filter, params);
        params.addAll(questions);
        Grouping grouping = new Grouping("r", groupBy, "r.rollup_day", perUnit);
        String keys = grouping.keys();
        jdbc.sql("select " + grouping.columns() + ", r.question_key, r.rating_score, sum(r.answers) answers "
                        + "from rating_rollup r" + units.join("r") + " where " + where + " and r.question_key in ("
                        + marks(questions.size()) + ") group by " + (keys.isEmpty() ? "" : keys + ", ")
                        + "r.question_key, r.rating_score")
                .params(params)
                .query((rs, i) -> {
                    tallies.computeIfAbsent(slice(rs, perUnit), s -> new Tally()).addRating(
                            rs.getString("question_key"), rs.getInt("rating_score"), rs.getLong("answers"));
                    return null;
                }).list();
    }

    private String rollupWhere(UUID tenantId, Units units, LocalDate from, LocalDate to, MetricFilter filter,
                                      List<Object> params) {
        StringBuilder where = new StringBuilder("r.tenant_id = ? and r.rollup_day between ? and ?");
        params.add(tenantId);
        params.add(Date.valueOf(from));
        params.add(Date.valueOf(to));
        where.append(units.condition("r", database, params));
        filters(where, "r", filter, params);
        return where.toString();
    }

    private static void filters(StringBuilder where, String alias, MetricFilter filter, List<Object> params) {
        in(where, alias + ".touchpoint_id", filter.touchpointIds(), params);
        in(where, alias + ".channel", filter.channels(), params);
        in(where, alias + ".source", filter.sources(), params);
    }

    /** The filter's conditions on the feedback records of {@code alias}, the segment's attributes included. */
    static void recordFilters(StringBuilder where, String alias, MetricFilter filter, List<Object> params) {
        filters(where, alias, filter, params);
        filter.segment().forEach((attribute, wanted) -> {
            where.append(" and ").append(alias).append(".attributes like ? escape '!'");
            params.add("%" + likeLiteral(JsonMapper.shared().writeValueAsString(attribute) + ":"
                    + JsonMapper.shared().writeValueAsString(wanted)) + "%");
        });
    }

    /**
     * The units of the subtrees, resolved once for the reads of a report: none to list when they
     * are all the tenant's units, their ids when few, else their paths to match.
     */
    Units units(UUID tenantId, List<String> paths) {
        if (paths.isEmpty()) {
            return new Units(tenantId, List.of(), null);
        }
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String condition = new Scope(tenantId, paths).pathCondition("path", params);
        List<UUID> ids = jdbc.sql("select id from org_unit where tenant_id = ? and " + condition).params(params)
                .query(UUID.class).list();
        return units(tenantId, ids, paths);
    }

    /** The same, for subtrees whose units the caller has already found. */
    Units units(UUID tenantId, List<UUID> ids, List<String> paths) {
        if (ids.isEmpty()) {
            return new Units(tenantId, List.of(), null);
        }
        long all = jdbc.sql("select count(*) from org_unit where tenant_id = ?").param(tenantId).query(Long.class).single();
        if (ids.size() == all) {
            return new Units(tenantId, null, null);
        }
        return ids.size() <= MAX_LISTED_UNITS ? new Units(tenantId, ids, null) : new Units(tenantId, null, paths);
    }

    /**
     * How a read is cut to the subtrees: not at all ({@code ids} and {@code paths} null), by unit
     * ids, or by the units' paths.
     */
    record Units(UUID tenantId, List<UUID> ids, List<String> paths) {

        boolean isEmpty() {
            return ids != null && ids.isEmpty();
        }

        /** All the tenant's units: the tenant rollups answer without looking at units. */
        boolean isWholeTenant() {
            return ids == null && paths == null;
        }

        String join(String alias) {
            return paths == null ? "" : " join org_unit u on u.tenant_id = " + alias + ".tenant_id and u.id = "
                    + alias + ".org_unit_id";
        }

        String condition(String alias, Database database, List<Object> params) {
            if (ids != null) {
                return " and " + database.anyOf(alias + ".org_unit_id", ids, params);
            }
            return paths == null ? "" : " and " + new Scope(tenantId, paths).pathCondition("u.path", params);
        }
    }

    /** What a read groups by: optionally the unit, then the grouping's key or the day. */
    private record Grouping(String alias, GroupBy groupBy, String day, boolean perUnit) {

        private static final String NO_GROUP = "''";
        /** The columns before the measures: unit_key, grp and d. */
        static final int WIDTH = 3;

        String columns() {
            return (perUnit ? alias + ".org_unit_id" : "''") + " unit_key, " + group() + " grp, "
                    + (groupBy.isTime() ? day : "cast(null as date)") + " d";
        }

        private String group() {
            return switch (groupBy) {
                case CHILD_UNIT -> alias + ".org_unit_id";
                case TOUCHPOINT, TOUCHPOINT_WEEK -> alias + ".touchpoint_id";
                case CHANNEL -> alias + ".channel";
                case SOURCE -> alias + ".source";
                case NONE, DAY, WEEK, MONTH -> NO_GROUP;
            };
        }

        String keys() {
            List<String> keys = new ArrayList<>();
            if (perUnit) {
                keys.add(alias + ".org_unit_id");
            }
            // split by unit already, a read by child unit needs no second unit key
            if (groupBy == GroupBy.CHILD_UNIT ? !perUnit : !group().equals(NO_GROUP)) {
                keys.add(group());
            }
            if (groupBy.isTime()) {
                keys.add(day);
            }
            return String.join(", ", keys);
        }

        String clause() {
            String keys = keys();
            return keys.isEmpty() ? "" : " group by " + keys;
        }
    }

    /**
     * The parts of a period each read from one grain: whole months (unless split by day or week),
     * whole weeks within what is left (unless split by day), and the remaining days. Split by
     * month, a week never crosses into another month.
     */
    static List<Segment> segments(DateRange range, GroupBy groupBy) {
        List<Segment> segments = new ArrayList<>();
        switch (groupBy) {
            case DAY -> segments.add(new Segment(Grain.DAY, range.from(), range.to()));
            case WEEK, TOUCHPOINT_WEEK -> weeksAndDays(range.from(), range.to(), segments);
            case MONTH -> {
                for (LocalDate month = range.from().withDayOfMonth(1); !month.isAfter(range.to());
                     month = month.plusMonths(1)) {
                    LocalDate from = month.isBefore(range.from()) ? range.from() : month;
                    LocalDate end = Grain.MONTH.end(month);
                    LocalDate to = end.isAfter(range.to()) ? range.to() : end;
                    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                    if (from.equals(month) && to.equals(end)) {
                        if (last != null && last.grain() == Grain.MONTH) {
                            segments.set(segments.size() - 1, new Segment(Grain.MONTH, last.from(), month));
                        } else {
                            segments.add(new Segment(Grain.MONTH, month, month));
                        }
                    } else {
                        weeksAndDays(from, to, segments);
                    }
                }
            }
            default -> {
                LocalDate first = range.from().getDayOfMonth() == 1 ? range.from()
                        : range.from().withDayOfMonth(1).plusMonths(1);
                LocalDate last = range.to().equals(Grain.MONTH.end(range.to())) ? range.to()
                        : range.to().withDayOfMonth(1).minusDays(1);
                if (first.isBefore(last)) {
                    segments.add(new Segment(Grain.MONTH, first, last));
                    weeksAndDays(range.from(), first.minusDays(1), segments);
                    weeksAndDays(last.plusDays(1), range.to(), segments);
                } else {
                    weeksAndDays(range.from(), range.to(), segments);
                }
            }
        }
        return segments;
    }

    private static void weeksAndDays(LocalDate from, LocalDate to, List<Segment> segments) {
        if (from.isAfter(to)) {
            return;
        }
        LocalDate firstMonday = Grain.WEEK.start(from.plusDays(6));
        LocalDate lastSunday = Grain.WEEK.start(to.plusDays(1)).minusDays(1);
        if (firstMonday.isBefore(lastSunday)) {
            segments.add(new Segment(Grain.WEEK, firstMonday, lastSunday));
            days(from, firstMonday.minusDays(1), segments);
            days(lastSunday.plusDays(1), to, segments);
        } else {
            days(from, to, segments);
        }
    }

    private static void days(LocalDate from, LocalDate to, List<Segment> segments) {
        if (!from.isAfter(to)) {
            segments.add(new Segment(Grain.DAY, from, to));
        }
    }

    /** Days {@code from}–{@code to} read from the rows of one grain that start within them. */
    record Segment(Grain grain, LocalDate from, LocalDate to) {
    }

    OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static void in(StringBuilder where, String column, Collection<?> values, List<Object> params) {
        if (!values.isEmpty()) {
            where.append(" and ").append(column).append(" in (").append(marks(values.size())).append(")");
            params.addAll(values);
        }
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The slice of a row that starts with the columns of a {@link Grouping}, read by position. */
    private static Slice slice(ResultSet rs, boolean perUnit) throws SQLException {
        String group = rs.getString(2);
        if (group == null || group.equals(NO_TOUCHPOINT.toString())) {
            group = NO_TOUCHPOINT_KEY;
        }
        return new Slice(perUnit ? rs.getString(1) : null, group, rs.getObject(3, LocalDate.class));
    }
}
