package org.opencem.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The comments of feedback records within a scope: found by topic, sentiment, unit, touchpoint,
 * source, period and words in the text; and what they add up to per topic and week, and per topic
 * and touchpoint. Topics and sentiment are what text analytics wrote on each record.
 */
@Service
public class Comments {

    /** Topic views read at most this many of the newest comments; beyond that, narrow the filter. */
    public static final int TOPIC_VIEW_LIMIT = 50_000;

    private static final RowMapper<Comment> MAPPER = (rs, i) -> new Comment(rs.getObject("id", UUID.class),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("org_unit_id", UUID.class),
            rs.getString("unit_name"), rs.getObject("touchpoint_id", UUID.class),
            FeedbackSource.valueOf(rs.getString("source")), rs.getString("channel"),
            (Integer) rs.getObject("nps", Integer.class), (Integer) rs.getObject("csat", Integer.class),
            rs.getString("sentiment"), (Double) rs.getObject("sentiment_score", Double.class),
            topics(rs.getString("topics")), rs.getString("comment_text"));

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final ZoneId zone;

    Comments(JdbcClient jdbc, OrgUnits orgUnits, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.zone = zone;
    }

    /** A page of the matching comments, newest first. */
    public List<Comment> find(Scope scope, CommentFilter filter, int offset, int limit) {
        Where where = where(scope, filter);
        return jdbc.sql("select f.id, f.occurred_at, f.org_unit_id, u.name as unit_name, f.touchpoint_id, f.source, f.channel, "
                        + "f.nps, f.csat, f.sentiment, f.sentiment_score, f.topics, f.comment_text " + where.sql
                        + " order by f.occurred_at desc, f.id offset " + offset + " rows fetch first " + limit + " rows only")
                .params(where.params).query(MAPPER).list();
    }

    public int count(Scope scope, CommentFilter filter) {
        Where where = where(scope, filter);
        return jdbc.sql("select count(*) " + where.sql).params(where.params).query(Integer.class).single();
    }

    /** Mentions per topic and week over the filtered comments, busiest topics first. */
    public TopicTrends trends(Scope scope, CommentFilter filter) {
        List<Mention> mentions = mentions(scope, filter);
        TreeMap<LocalDate, Integer> weekIndex = new TreeMap<>();
        mentions.forEach(m -> weekIndex.put(m.week(), 0));
        List<LocalDate> weeks = new ArrayList<>(weekIndex.keySet());
        for (int i = 0; i < weeks.size(); i++) {
            weekIndex.put(weeks.get(i), i);
        }
        Map<String, int[]> perWeek = new HashMap<>();
        Map<String, int[]> totals = new HashMap<>();
        for (Mention m : mentions) {
            for (String topic : m.topics()) {
                perWeek.computeIfAbsent(topic, t -> new int[weeks.size()])[weekIndex.get(m.week())]++;
                int[] total = totals.computeIfAbsent(topic, t -> new int[2]);
                total[0]++;
                total[1] += "NEGATIVE".equals(m.sentiment()) ? 1 : 0;
            }
        }
        List<TopicTrends.Topic> topics = totals.entrySet().stream()
                .map(e -> new TopicTrends.Topic(e.getKey(), Arrays.stream(perWeek.get(e.getKey())).boxed().toList(),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(TopicTrends.Topic::mentions).reversed().thenComparing(TopicTrends.Topic::code))
                .toList();
        return new TopicTrends(weeks, topics);
    }

    /** Comments and net sentiment per topic and touchpoint, over the filtered comments. */
    public TopicJourney journey(Scope scope, CommentFilter filter) {
        Map<String, Map<UUID, int[]>> counts = new LinkedHashMap<>();
        Map<String, Integer> byTopic = new HashMap<>();
        List<UUID> touchpoints = new ArrayList<>();
        for (Mention m : mentions(scope, filter)) {
            if (!touchpoints.contains(m.touchpointId())) {
                touchpoints.add(m.touchpointId());
            }
            for (String topic : m.topics()) {
                int[] cell = counts.computeIfAbsent(topic, t -> new HashMap<>()).computeIfAbsent(m.touchpointId(), t -> new int[3]);
                cell[0]++;
                cell[1] += "POSITIVE".equals(m.sentiment()) ? 1 : 0;
                cell[2] += "NEGATIVE".equals(m.sentiment()) ? 1 : 0;
                byTopic.merge(topic, 1, Integer::sum);
            }
        }
        Map<String, Map<UUID, TopicJourney.Cell>> cells = new HashMap<>();
        counts.forEach((topic, row) -> {
            Map<UUID, TopicJourney.Cell> out = new HashMap<>();
            row.forEach((touchpoint, c) -> out.put(touchpoint, new TopicJourney.Cell(c[0], c[1], c[2])));
            cells.put(topic, out);
        });
        List<String> topics = byTopic.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new TopicJourney(topics, touchpoints, cells);
    }

    private record Mention(LocalDate week, UUID touchpointId, String sentiment, List<String> topics) {
    }

    private List<Mention> mentions(Scope scope, CommentFilter filter) {
        Where where = where(scope, filter);
        return jdbc.sql("select f.occurred_at, f.touchpoint_id, f.sentiment, f.topics " + where.sql
                        + " and f.topics is not null order by f.occurred_at desc fetch first " + TOPIC_VIEW_LIMIT + " rows only")
                .params(where.params)
                .query((rs, i) -> new Mention(rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone)
                        .toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        rs.getObject("touchpoint_id", UUID.class), rs.getString("sentiment"), topics(rs.getString("topics"))))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(Scope scope, CommentFilter filter) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        StringBuilder sql = new StringBuilder("from feedback_record f join org_unit u on u.tenant_id = f.tenant_id "
                + "and u.id = f.org_unit_id where f.tenant_id = ? and f.comment_text is not null and ");
        sql.append(scope.pathCondition("u.path", params));
        if (filter.unitId() != null) {
            Optional<OrgUnit> unit = orgUnits.find(scope, filter.unitId());
            if (unit.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and u.path like ?");
                params.add(unit.get().path() + "%");
            }
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            sql.append(" and (',' || f.topics || ',') like ?");
            params.add(SearchTerms.containing("," + filter.topic().strip() + ","));
        }
        if (filter.sentiment() != null && !filter.sentiment().isBlank()) {
            sql.append(" and f.sentiment = ?");
            params.add(filter.sentiment().strip());
        }
        if (filter.touchpointId() != null) {
            sql.append(" and f.touchpoint_id = ?");
            params.add(filter.touchpointId());
        }
        if (filter.source() != null) {
            sql.append(" and f.source = ?");
            params.add(filter.source().name());
        }
        if (filter.from() != null) {
            sql.append(" and f.occurred_at >= ?");
            params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and f.occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        for (String term : SearchTerms.of(filter.query())) {
            sql.append(" and lower(f.comment_text) like ?");
            params.add(SearchTerms.containing(term));
        }
        return new Where(sql.toString(), params);
    }

    private static List<String> topics(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
