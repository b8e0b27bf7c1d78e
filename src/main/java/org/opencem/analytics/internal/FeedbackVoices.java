package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.analytics.MetricFilter;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What customers said in one slice (a unit's subtree, optionally one touchpoint, a period): the
 * latest comments with their sentiment, the topics text analytics found, and the cases the slice's
 * feedback raised. Words, not metrics: the figures come from the metrics engine.
 */
@Component
public class FeedbackVoices {

    /**
     * How many of a slice's newest analysed comments its topics are counted from: enough to rank
     * the topics of a store or a region, and a bound on the work for a chain's quarter, which
     * holds hundreds of thousands.
     */
    public static final int TOPIC_LOOKBACK = 5000;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final ZoneId zone;

    FeedbackVoices(JdbcClient jdbc, Cases cases, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.zone = zone;
    }

    public record Slice(String unitPath, UUID touchpointId, LocalDate from, LocalDate to) {
    }

    public record Comment(UUID id, OffsetDateTime occurredAt, String unitName, String text, String sentiment,
                          Integer nps, Integer csat, Integer ces, String language) {
    }

    public record TopicCount(String topic, int mentions, int negative) {
    }

    /**
     * The most mentioned topics and how many analysed comments they were counted in. When that is
     * the lookback, the slice had more and only its newest were counted: the page says so.
     */
    public record Topics(List<TopicCount> counts, int comments) {

        public static final Topics NONE = new Topics(List.of(), 0);

        public boolean newestOnly() {
            return comments >= TOPIC_LOOKBACK;
        }
    }

    /** The newest comments of the slice, newest first. */
    public List<Comment> comments(Scope scope, Slice slice, int limit) {
        return comments(scope, slice, MetricFilter.NONE, limit);
    }

    /** The newest comments of the slice within a filter's touchpoints, channels, sources and segment. */
    public List<Comment> comments(Scope scope, Slice slice, MetricFilter narrower, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(where(scope, slice, params));
        TallyReader.recordFilters(where, "f", narrower, params);
        where.append(" and f.comment_text is not null");
        return jdbc.sql("select f.id, f.occurred_at, u.name unit_name, f.comment_text, f.sentiment, f.nps, f.csat, f.ces, "
                        + "f.language from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + where + " order by f.occurred_at desc fetch first " + limit + " rows only")
                .params(params)
                .query((rs, i) -> new Comment(rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("unit_name"),
                        rs.getString("comment_text"), rs.getString("sentiment"), (Integer) rs.getObject("nps", Integer.class),
                        (Integer) rs.getObject("csat", Integer.class), (Integer) rs.getObject("ces", Integer.class),
                        rs.getString("language")))
                .list();
    }

    /**
     * Topics by how often they are mentioned in the slice's newest analysed comments, with how many
     * of those mentions were negative.
     */
    public Topics topics(Scope scope, Slice slice, int limit) {
        List<Object> params = new ArrayList<>();
        // only comments have topics; said so, the index of commented records serves
        String where = where(scope, slice, params) + " and f.comment_text is not null and f.topics is not null";
        Map<String, int[]> counts = new HashMap<>();
        int comments = jdbc.sql("select f.topics, f.sentiment from feedback_record f "
                        + "join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id " + where
                        + " order by f.occurred_at desc fetch first " + TOPIC_LOOKBACK + " rows only")
                .params(params)
                .query((rs, i) -> {
                    boolean negative = "NEGATIVE".equals(rs.getString("sentiment"));
                    Arrays.stream(rs.getString("topics").split(",")).map(String::trim).filter(t -> !t.isEmpty())
                            .distinct().forEach(topic -> {
                                int[] c = counts.computeIfAbsent(topic, k -> new int[2]);
                                c[0]++;
                                c[1] += negative ? 1 : 0;
                            });
                    return Boolean.TRUE;
                })
                .list().size();
        return new Topics(counts.entrySet().stream().map(e -> new TopicCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(TopicCount::mentions).reversed().thenComparing(TopicCount::topic))
                .limit(limit).toList(), comments);
    }

    /** The cases opened in the slice, newest first. */
    public List<CaseSummary> cases(Scope scope, Slice slice, int limit) {
        return cases.openedIn(scope, slice.unitPath(), slice.touchpointId(), startOf(slice.from()),
                startOf(slice.to().plusDays(1)), limit);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private String where(Scope scope, Slice slice, List<Object> params) {
        params.add(scope.tenantId());
        params.add(startOf(slice.from()));
        params.add(startOf(slice.to().plusDays(1)));
        params.add(slice.unitPath() + "%");
        StringBuilder where = new StringBuilder("where f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ? "
                + "and u.path like ? and ");
        where.append(scope.pathCondition("u.path", params));
        if (slice.touchpointId() != null) {
            where.append(" and f.touchpoint_id = ?");
            params.add(slice.touchpointId());
        }
        return where.toString();
    }
}
