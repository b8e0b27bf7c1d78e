package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Scope;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feedback records of a slice as rows for a download, unit by unit, newest first: scores, comment, unit,
 * touchpoint, channel, sentiment and topics. Read a page at a time, keyed on time and id, so an
 * export of any length holds one page in memory and every page costs the same.
 */
@Component
public class ResponseExport {

    public static final List<String> HEADER = List.of("occurred_at", "record_id", "source", "channel", "unit_code",
            "unit_name", "journey", "stage", "touchpoint", "nps", "csat", "ces", "comment", "language", "sentiment",
            "sentiment_score", "topics");
    private static final int PAGE = 2000;

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Taxonomy taxonomy;
    private final ZoneId zone;

    ResponseExport(JdbcClient jdbc, OrgUnits orgUnits, Journeys journeys, Taxonomy taxonomy,
                   @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.taxonomy = taxonomy;
        this.zone = zone;
    }

    /**
     * What to export: the subtree of {@code unit} (null: everything in scope), the days from–to in the
     * reporting time zone, and optionally one touchpoint, one channel, or detractors only.
     */
    public record Slice(OrgUnit unit, LocalDate from, LocalDate to, UUID touchpointId, String channel,
                        boolean detractorsOnly) {
    }

    private record Line(UUID id, OffsetDateTime occurredAt, String source, String channel, UUID touchpointId,
                        Integer nps, Integer csat, Integer ces, String comment, String language, String sentiment,
                        Double sentimentScore, String topics) {
    }

    /**
     * Hands each row of the slice, within the caller's scope, to {@code sink}; topic names in {@code locale}.
     * Unit by unit in tree order, newest first within a unit: each page is a range of the (tenant, unit,
     * time) index, where one order over the whole tenant would sort every record of the period per page.
     */
    public void each(Scope scope, Slice slice, Locale locale, Consumer<List<?>> sink) {
        List<OrgUnit> units = orgUnits.visible(scope).stream()
                .filter(u -> slice.unit() == null || u.path().startsWith(slice.unit().path()))
                .sorted(java.util.Comparator.comparing(OrgUnit::path)).toList();
        Map<UUID, TouchpointRef> touchpoints = new HashMap<>();
        journeys.touchpoints(scope.tenantId()).forEach(t -> touchpoints.put(t.id(), t));
        Map<String, String> topicNames = taxonomy.names(scope.tenantId(), locale);
        for (OrgUnit unit : units) {
            Line last = null;
            List<Line> page;
            do {
                page = page(scope, unit, slice, last);
                for (Line line : page) {
                    sink.accept(row(line, unit, touchpoints.get(line.touchpointId()), topicNames));
                }
                last = page.isEmpty() ? null : page.get(page.size() - 1);
            } while (page.size() == PAGE);
        }
    }

    private List<Line> page(Scope scope, OrgUnit unit, Slice slice, Line after) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), unit.id(),
                slice.from().atStartOfDay(zone).toOffsetDateTime(), slice.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        StringBuilder where = new StringBuilder(
                "where f.tenant_id = ? and f.org_unit_id = ? and f.occurred_at >= ? and f.occurred_at < ?");
        if (slice.touchpointId() != null) {
            where.append(" and f.touchpoint_id = ?");
            params.add(slice.touchpointId());
        }
        if (slice.channel() != null) {
            where.append(" and f.channel = ?");
            params.add(slice.channel());
        }
        if (slice.detractorsOnly()) {
            where.append(" and f.nps <= 6");
        }
        if (after != null) {
            where.append(" and (f.occurred_at < ? or (f.occurred_at = ? and f.id < ?))");
            params.addAll(List.of(after.occurredAt(), after.occurredAt(), after.id()));
        }
        return jdbc.sql("select f.id, f.occurred_at, f.source, f.channel, f.touchpoint_id, f.nps, f.csat, f.ces, "
                        + "f.comment_text, f.language, f.sentiment, f.sentiment_score, f.topics from feedback_record f " + where
                        + " order by f.occurred_at desc, f.id desc fetch first " + PAGE + " rows only")
                .params(params)
                .query((rs, i) -> new Line(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("source"), rs.getString("channel"), rs.getObject("touchpoint_id", UUID.class),
                        (Integer) rs.getObject("nps", Integer.class), (Integer) rs.getObject("csat", Integer.class),
                        (Integer) rs.getObject("ces", Integer.class), rs.getString("comment_text"), rs.getString("language"),
                        rs.getString("sentiment"), (Double) rs.getObject("sentiment_score", Double.class),
                        rs.getString("topics")))
                .list();
    }

    private List<?> row(Line line, OrgUnit unit, TouchpointRef touchpoint, Map<String, String> topicNames) {
        String topics = line.topics() == null ? null : Arrays.stream(line.topics().split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).map(t -> topicNames.getOrDefault(t, t)).collect(Collectors.joining("; "));
        return Arrays.asList(line.occurredAt().atZoneSameInstant(zone).toLocalDateTime(), line.id().toString(),
                line.source(), line.channel(), unit.code(), unit.name(),
                touchpoint == null ? null : touchpoint.journeyName(), touchpoint == null ? null : touchpoint.stageName(),
                touchpoint == null ? null : touchpoint.name(), line.nps(), line.csat(), line.ces(), line.comment(),
                line.language(), line.sentiment(), line.sentimentScore(), topics);
    }
}
