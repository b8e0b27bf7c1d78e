package org.opencem.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.platform.Scope;

/**
 * The metrics engine's query API, what views, dashboards and goals read. Every answer stays within
 * the caller's scope: a unit outside it is not found, and a subtree is cut to what the scope covers.
 * Input that cannot be answered (a reversed period, an unknown metric or source) is refused with
 * {@link org.opencem.platform.InvalidInputException}.
 */
public interface MetricQueries {

    MetricReport report(Scope scope, MetricQuery query);

    /**
     * The same report from a chosen basis: {@link MetricReport.Basis#RECORDS} computes it straight from
     * the feedback records (slower; to check a figure against the rollups). A segment always reads the records.
     */
    MetricReport report(Scope scope, MetricQuery query, MetricReport.Basis basis);

    /**
     * The same query asked of each of these units' subtrees ({@code query.unitId()} aside), keyed
     * by unit id in the order given: a heatmap's rows or a store-by-week table in one read rather
     * than one report per unit. A unit outside the scope is not found.
     */
    default Map<UUID, MetricReport> reportPerUnit(Scope scope, MetricQuery query, List<UUID> unitIds) {
        Map<UUID, MetricReport> reports = new LinkedHashMap<>();
        for (UUID unitId : unitIds) {
            reports.put(unitId, report(scope, new MetricQuery(unitId, query.period(), query.comparison(),
                    query.groupBy(), query.metrics(), query.filter())));
        }
        return reports;
    }

    /** What can be asked for: the built-in metrics, then a rating metric per score field and per rating question seen. */
    List<Metric> catalog(Scope scope);
}
