package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.ViewMetric;
import org.opencem.journey.JourneyMap;
import org.opencem.journey.JourneySummary;
import org.opencem.journey.Journeys;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** Builds the journey heatmap: a report by touchpoint per row unit, all read at once. */
@Component
class JourneyHeatmaps {

    private final EngineReports reports;
    private final Journeys journeys;
    private final OrgUnits orgUnits;
    private final DepartmentGoals departmentGoals;

    JourneyHeatmaps(EngineReports reports, Journeys journeys, OrgUnits orgUnits, DepartmentGoals departmentGoals) {
        this.reports = reports;
        this.journeys = journeys;
        this.orgUnits = orgUnits;
        this.departmentGoals = departmentGoals;
    }

    JourneyHeatmap build(Scope scope, ViewContext ctx, String journeyParam) {
        List<JourneySummary> all = journeys.summaries(scope.tenantId());
        JourneyMap map = journey(scope, all, journeyParam);
        ViewMetric metric = ctx.metric();
        if (map == null) {
            return new JourneyHeatmap(all, null, metric, List.of(), Map.of());
        }
        Set<UUID> touchpoints = map.stages().stream().flatMap(s -> s.touchpoints().stream())
                .map(JourneyMap.TouchpointCard::id).collect(Collectors.toSet());
        MetricFilter filter = MetricFilter.touchpoints(touchpoints);
        List<Metric> metrics = List.of(EngineReports.metric(metric), Metric.NET_SENTIMENT);
        List<OrgUnit> children = ctx.unit() == null ? orgUnits.scopeRoots(scope) : orgUnits.children(scope, ctx.unitId());
        Set<UUID> drillable = orgUnits.withChildren(scope.tenantId(), children.stream().map(OrgUnit::id).toList());
        List<UUID> rowUnits = new ArrayList<>();
        if (ctx.unit() != null) {
            rowUnits.add(ctx.unit().id());
        }
        children.forEach(child -> rowUnits.add(child.id()));
        Map<UUID, MetricReport> reports = this.reports.reportPerUnit(scope, new MetricQuery(null,
                DateRange.of(ctx.filter().from(), ctx.filter().to()), Comparison.NONE, GroupBy.TOUCHPOINT, metrics,
                filter), rowUnits);
        List<JourneyHeatmap.Row> rows = new ArrayList<>();
        if (ctx.unit() != null) {
            rows.add(new JourneyHeatmap.Row(ctx.unit(), !children.isEmpty(), false,
                    cells(ctx.unit(), metric, reports.get(ctx.unit().id()))));
        }
        for (OrgUnit child : children) {
            rows.add(new JourneyHeatmap.Row(child, false, drillable.contains(child.id()),
                    cells(child, metric, reports.get(child.id()))));
        }
        return new JourneyHeatmap(all, map, metric, rows, departmentGoals.progress(scope, ctx));
    }

    /** The journey asked for, or the first one with touchpoints; an unknown id is refused by name. */
    private JourneyMap journey(Scope scope, List<JourneySummary> all, String journeyParam) {
        if (journeyParam != null && !journeyParam.isBlank()) {
            UUID id;
            try {
                id = UUID.fromString(journeyParam.trim());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("journey", "analytics.error.journey");
            }
            return journeys.map(scope.tenantId(), id)
                    .orElseThrow(() -> InvalidInputException.of("journey", "analytics.error.journey"));
        }
        return all.stream().filter(s -> s.touchpointCount() > 0).findFirst()
                .flatMap(s -> journeys.map(scope.tenantId(), s.journey().id())).orElse(null);
    }

    private static Map<UUID, JourneyHeatmap.Cell> cells(OrgUnit unit, ViewMetric metric, MetricReport report) {
        Map<UUID, JourneyHeatmap.Cell> cells = new LinkedHashMap<>();
        for (MetricRow row : report.rows()) {
            UUID touchpoint = UUID.fromString(row.key());
            cells.put(touchpoint, new JourneyHeatmap.Cell(unit.id(), touchpoint, row.values().get(metric.code()),
                    row.values().get(Metric.NET_SENTIMENT.code())));
        }
        return cells;
    }
}
