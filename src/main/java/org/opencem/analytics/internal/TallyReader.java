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
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads tallies for a set of org-unit subtrees over whole days, split by one grouping, from the
 * rollups or straight from the feedback records. Every read is tenant- and path-filtered; the
 * two bases answer the same question with the same columns, so they can be compared.
 */
@Component
class TallyReader {

    /** The group key of records without a touchpoint (signals), in either basis. */
    static final String NO_TOUCHPOINT_KEY = "none";
    static final UUID NO_TOUCHPOINT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final ZoneId zone;

    TallyReader(JdbcClient jdbc, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** Tallies per slice; {@code ratingQuestions} are the attribute rating questions to count as well. */
    Map<Slice, Tally> read(Basis basis, UUID tenantId, List<String> paths, DateRange range, GroupBy groupBy,
                           MetricFilter filter, Set<String> ratingQuestions) {
        Map<Slice, Tally> tallies = new HashMap<>();
        if (paths.isEmpty()) {
            return tallies;
        }
        Source source = basis == Basis.RECORDS ? records() : rollups(groupBy, filter);
        List<Object> params = new ArrayList<>();
        String where = where(source, tenantId, paths, range, filter, params);
        String group = groupExpression(source.alias, groupBy);
        String day = groupBy.isTime() ? source.day : "cast(null as date)";
        String groupClause = groupClause(groupBy, group, day);
        jdbc.sql("select " + group + " grp, " + day + " d, " + Measures.sums(source.measure) + " from " + source.from
                        + " where " + where + groupClause)
                .params(params)
                .query((rs, i) -> {
                    Measures.addTo(tallies.computeIfAbsent(slice(rs), s -> new Tally()), rs);
                    return null;
                }).list();
        if (!ratingQuestions.isEmpty()) {
            readRatings(basis, source, where, params, groupBy, group, day, ratingQuestions, tallies);
        }
        return tallies;
    }

    private void readRatings(Basis basis, Source source, String where, List<Object> params, GroupBy groupBy,
                             String group, String day, Set<String> questions, Map<Slice, Tally> tallies) {
        if (basis == Basis.RECORDS) {
            List<Object> withLike = new ArrayList<>(params);
            withLike.add(RatingAttributes.LIKE);
            jdbc.sql("select " + group + " grp, " + day + " d, f.attributes from " + source.from + " where " + where
                            + " and f.attributes like ?")
                    .params(withLike)
                    .query((rs, i) -> {
                        Slice slice = slice(rs);
                        RatingAttributes.fromJson(rs.getString("attributes")).forEach((question, point) -> {
                            if (questions.contains(question)) {
                                tallies.computeIfAbsent(slice, s -> new Tally()).addRating(question, point, 1);
                            }
                        });
                        return null;
                    }).list();
            return;
        }
        List<Object> withQuestions = new ArrayList<>(params);
        withQuestions.addAll(questions);
        String keys = groupBy == GroupBy.NONE ? "" : (groupBy.isTime() ? day : group) + ", ";
        jdbc.sql("select " + group + " grp, " + day + " d, r.question_key, r.rating_score, sum(r.answers) answers "
                        + "from rating_rollup r join org_unit u on u.tenant_id = r.tenant_id and u.id = r.org_unit_id "
                        + "where " + where + " and r.question_key in (" + marks(questions.size()) + ") group by " + keys
                        + "r.question_key, r.rating_score")
                .params(withQuestions)
                .query((rs, i) -> {
                    tallies.computeIfAbsent(slice(rs), s -> new Tally()).addRating(rs.getString("question_key"),
                            rs.getInt("rating_score"), rs.getLong("answers"));
                    return null;
                }).list();
    }

    private String where(Source source, UUID tenantId, List<String> paths, DateRange range, MetricFilter filter,
                         List<Object> params) {
        String a = source.alias;
        StringBuilder where = new StringBuilder(a + ".tenant_id = ?");
        params.add(tenantId);
        if (source.day.equals("r.rollup_day")) {
            where.append(" and r.rollup_day between ? and ?");
            params.add(Date.valueOf(range.from()));
            params.add(Date.valueOf(range.to()));
        } else {
            where.append(" and f.occurred_at >= ? and f.occurred_at < ?");
            params.add(startOf(range.from()));
            params.add(startOf(range.to().plusDays(1)));
        }
        where.append(" and ").append(new Scope(tenantId, paths).pathCondition("u.path", params));
        in(where, a + ".touchpoint_id", filter.touchpointIds(), params);
        in(where, a + ".channel", filter.channels(), params);
        in(where, a + ".source", filter.sources(), params);
        filter.segment().forEach((attribute, wanted) -> {
            where.append(" and f.attributes like ? escape '!'");
            params.add("%" + likeLiteral(JsonMapper.shared().writeValueAsString(attribute) + ":"
                    + JsonMapper.shared().writeValueAsString(wanted)) + "%");
        });
        return where.toString();
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

    private static String groupExpression(String alias, GroupBy groupBy) {
        return switch (groupBy) {
            case CHILD_UNIT -> alias + ".org_unit_id";
            case TOUCHPOINT -> alias + ".touchpoint_id";
            case CHANNEL -> alias + ".channel";
            case SOURCE -> alias + ".source";
            case NONE, DAY, WEEK, MONTH -> "''";
        };
    }

    private static String groupClause(GroupBy groupBy, String group, String day) {
        if (groupBy == GroupBy.NONE) {
            return "";
        }
        return " group by " + (groupBy.isTime() ? day : group);
    }

    private static Slice slice(ResultSet rs) throws SQLException {
        String group = rs.getString("grp");
        if (group == null || group.equals(NO_TOUCHPOINT.toString())) {
            group = NO_TOUCHPOINT_KEY;
        }
        return new Slice(group, rs.getObject("d", LocalDate.class));
    }

    private Source records() {
        return new Source("feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id", "f",
                "cast(f.occurred_at at time zone '" + zone.getId() + "' as date)", c -> Measures.fromRecord(c, "f"));
    }

    /** The unit-day rollup unless the query needs touchpoint, channel or source. */
    private static Source rollups(GroupBy groupBy, MetricFilter filter) {
        boolean detailed = groupBy == GroupBy.TOUCHPOINT || groupBy == GroupBy.CHANNEL || groupBy == GroupBy.SOURCE
                || !filter.touchpointIds().isEmpty() || !filter.channels().isEmpty() || !filter.sources().isEmpty();
        String table = detailed ? "metric_rollup" : "metric_rollup_unit";
        return new Source(table + " r join org_unit u on u.tenant_id = r.tenant_id and u.id = r.org_unit_id", "r",
                "r.rollup_day", c -> "r." + c);
    }

    private record Source(String from, String alias, String day, java.util.function.Function<String, String> measure) {
    }
}
