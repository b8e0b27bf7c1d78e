package org.opencem.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.ReportingDay;
import org.opencem.platform.Scope;
import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.Topic;
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

    private static final RowMapper<Comment> MAPPER = (rs, i) -> new Comment(rs.getObject("id", UUID.class),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("org_unit_id", UUID.class),
            rs.getString("unit_name"), rs.getObject("touchpoint_id", UUID.class),
            FeedbackSource.valueOf(rs.getString("source")), rs.getString("channel"),
            (Integer) rs.getObject("nps", Integer.class), (Integer) rs.getObject("csat", Integer.class),
            rs.getString("sentiment"), (Double) rs.getObject("sentiment_score", Double.class),
            topics(rs.getString("topics")), rs.getString("comment_text"));

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Taxonomy taxonomy;
    private final ReportingDay reportingDay;
    private final ZoneId zone;

    Comments(JdbcClient jdbc, OrgUnits orgUnits, Taxonomy taxonomy, ReportingDay reportingDay) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.taxonomy = taxonomy;
        this.reportingDay = reportingDay;
        this.zone = reportingDay.zone();
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

    /**
     * Mentions per topic of the tenant's taxonomy and week over all the filtered comments, busiest
     * topics first. The database counts per topic and day; the days are folded into weeks here,
     * and the weeks run without a gap from the first mention's to the last one's.
     */
    public TopicTrends trends(Scope scope, CommentFilter filter) {
        Where where = where(scope, filter, topicCodes(scope.tenantId()));
        if (where == null) {
            return new TopicTrends(List.of(), List.of());
        }
        String day = reportingDay.of("f.occurred_at");
        record DayCount(String topic, LocalDate week, int mentions, int negative) {
        }
        List<DayCount> days = jdbc.sql("select t.code, " + day + " as on_day, count(*) as mentions, "
                        + "sum(case when f.sentiment = 'NEGATIVE' then 1 else 0 end) as negative " + where.sql
                        + " group by t.code, " + day)
                .params(where.params)
                .query((rs, i) -> new DayCount(rs.getString("code"), rs.getObject("on_day", LocalDate.class)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), rs.getInt("mentions"), rs.getInt("negative")))
                .list();
        if (days.isEmpty()) {
            return new TopicTrends(List.of(), List.of());
        }
        LocalDate first = days.stream().map(DayCount::week).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = days.stream().map(DayCount::week).max(Comparator.naturalOrder()).orElseThrow();
        List<LocalDate> weeks = first.datesUntil(last.plusDays(1), Period.ofWeeks(1)).toList();
        Map<String, int[]> perWeek = new HashMap<>();
        Map<String, int[]> totals = new HashMap<>();
        for (DayCount d : days) {
            perWeek.computeIfAbsent(d.topic(), t -> new int[weeks.size()])[(int) (ChronoUnit.WEEKS.between(first, d.week()))]
                    += d.mentions();
            int[] total = totals.computeIfAbsent(d.topic(), t -> new int[2]);
            total[0] += d.mentions();
            total[1] += d.negative();
        }
        List<TopicTrends.Topic> topics = totals.entrySet().stream()
                .map(e -> new TopicTrends.Topic(e.getKey(), Arrays.stream(perWeek.get(e.getKey())).boxed().toList(),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(TopicTrends.Topic::mentions).reversed().thenComparing(TopicTrends.Topic::code))
                .toList();
        return new TopicTrends(weeks, topics);
    }

    /** Comments and net sentiment per topic of the taxonomy and touchpoint, over all the filtered comments. */
    public TopicJourney journey(Scope scope, CommentFilter filter) {
        Where where = where(scope, filter, topicCodes(scope.tenantId()));
        if (where == null) {
            return new TopicJourney(List.of(), List.of(), Map.of());
        }
        Map<String, Map<UUID, TopicJourney.Cell>> cells = new HashMap<>();
        Map<String, Integer> byTopic = new HashMap<>();
        Map<UUID, Integer> byTouchpoint = new HashMap<>();
        record Row(String topic, UUID touchpoint, TopicJourney.Cell cell) {
        }
        List<Row> rows = jdbc.sql("select t.code, f.touchpoint_id, count(*) as comments, "
                        + "sum(case when f.sentiment = 'POSITIVE' then 1 else 0 end) as positive, "
                        + "sum(case when f.sentiment = 'NEGATIVE' then 1 else 0 end) as negative " + where.sql
                        + " group by t.code, f.touchpoint_id")
                .params(where.params)
                .query((rs, i) -> new Row(rs.getString("code"), rs.getObject("touchpoint_id", UUID.class),
                        new TopicJourney.Cell(rs.getInt("comments"), rs.getInt("positive"), rs.getInt("negative"))))
                .list();
        for (Row row : rows) {
            cells.computeIfAbsent(row.topic(), t -> new HashMap<>()).put(row.touchpoint(), row.cell());
            byTopic.merge(row.topic(), row.cell().comments(), Integer::sum);
            byTouchpoint.merge(row.touchpoint(), row.cell().comments(), Integer::sum);
        }
        List<String> topics = byTopic.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<UUID> touchpoints = byTouchpoint.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        return new TopicJourney(topics, touchpoints, cells);
    }

    private List<String> topicCodes(UUID tenantId) {
        return taxonomy.topics(tenantId).stream().map(Topic::code).toList();
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(Scope scope, CommentFilter filter) {
        return where(scope, filter, null);
    }

    /**
     * The filtered comments; with topic codes, once per code of the comment's topics as
     * {@code t.code} (null when there are no codes to look for).
     */
    private Where where(Scope scope, CommentFilter filter, List<String> topicCodes) {
        if (topicCodes != null && topicCodes.isEmpty()) {
            return null;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("from feedback_record f join org_unit u on u.tenant_id = f.tenant_id "
                + "and u.id = f.org_unit_id");
        if (topicCodes != null) {
            sql.append(" join (");
            for (int i = 0; i < topicCodes.size(); i++) {
                sql.append(i == 0 ? "" : " union all ").append("select cast(? as varchar(200)) as code");
            }
            params.addAll(topicCodes);
            sql.append(") t on position(',' || t.code || ',' in ',' || f.topics || ',') > 0");
        }
        sql.append(" where f.tenant_id = ? and f.comment_text is not null and ");
        params.add(scope.tenantId());
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
