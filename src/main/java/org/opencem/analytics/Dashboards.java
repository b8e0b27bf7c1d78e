package org.opencem.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The overview page's figures, read through the metrics engine, always within the caller's scope. */
@Service
public class Dashboards {

    private static final List<Metric> NPS_AND_CSAT = List.of(Metric.NPS, Metric.CSAT);

    private final MetricQueries queries;
    private final OrgUnits orgUnits;
    private final Clock clock;
    private final ZoneId zone;

    Dashboards(MetricQueries queries, OrgUnits orgUnits, Clock clock,
               @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.queries = queries;
        this.orgUnits = orgUnits;
        this.clock = clock;
        this.zone = zone;
    }

    public DashboardView overview(Scope scope, UUID unitId, int weeks) {
        Period period = Period.lastWeeks(weeks, LocalDate.now(clock.withZone(zone)));
        OrgUnit unit = unitId != null ? orgUnits.get(scope, unitId) : singleRoot(scope);
        MetricQuery byWeek = new MetricQuery(unit == null ? null : unit.id(), new DateRange(period.from(), period.to()),
                Comparison.NONE, GroupBy.WEEK, NPS_AND_CSAT, MetricFilter.NONE);
        MetricReport trend = queries.report(scope, byWeek);
        MetricReport children = queries.report(scope, byWeek.groupedBy(GroupBy.CHILD_UNIT));
        int minSample = trend.minSample();
        List<DashboardView.WeekPoint> points = trend.rows().stream()
                .map(row -> new DashboardView.WeekPoint(row.start(), metrics(row, minSample))).toList();
        List<OrgUnit> childUnits = unit == null ? orgUnits.scopeRoots(scope) : orgUnits.children(scope, unit.id());
        List<DashboardView.UnitRow> rows = childUnits.stream().map(child -> new DashboardView.UnitRow(child,
                children.rows().stream().filter(row -> row.unit().id().equals(child.id())).findFirst()
                        .map(row -> metrics(row, minSample)).orElse(Metrics.empty(minSample)))).toList();
        List<OrgUnit> breadcrumbs = unit == null ? List.of() : orgUnits.breadcrumbs(scope, unit);
        return new DashboardView(unit, breadcrumbs, period, metrics(trend.total(), minSample), points, rows);
    }

    private OrgUnit singleRoot(Scope scope) {
        List<OrgUnit> roots = orgUnits.scopeRoots(scope);
        return roots.size() == 1 ? roots.get(0) : null;
    }

    private static Metrics metrics(MetricRow row, int minSample) {
        MetricValue nps = row.value(Metric.NPS);
        MetricValue csat = row.value(Metric.CSAT);
        long csatSum = csat.distribution().entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        return new Metrics(new NpsResult((int) nps.n(), part(nps, "promoters"), part(nps, "detractors")),
                new CsatResult((int) csat.n(), part(csat, "topTwo"), csatSum), minSample);
    }

    private static int part(MetricValue value, String name) {
        return value.parts().getOrDefault(name, 0.0).intValue();
    }
}
