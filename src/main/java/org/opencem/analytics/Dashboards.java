package org.opencem.analytics;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.Tenants;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the daily rollups for a unit's subtree, always within the caller's scope. */
@Service
public class Dashboards {

    private static final String SUMS = "sum(m.nps_n) nps_n, sum(m.nps_promoters) p, sum(m.nps_detractors) d, "
            + "sum(m.csat_n) csat_n, sum(m.csat_top2) t2, sum(m.csat_sum) csat_sum";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Tenants tenants;
    private final Clock clock;
    private final ZoneId zone;

    Dashboards(JdbcClient jdbc, OrgUnits orgUnits, Tenants tenants, Clock clock,
               @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.tenants = tenants;
        this.clock = clock;
        this.zone = zone;
    }

    public DashboardView overview(Scope scope, UUID unitId, int weeks) {
        int minSample = tenants.find(scope.tenantId()).orElseThrow().minSample();
        Period period = Period.lastWeeks(weeks, LocalDate.now(clock.withZone(zone)));
        OrgUnit unit = unitId != null ? orgUnits.get(scope, unitId) : singleRoot(scope);
        List<OrgUnit> children = unit == null ? orgUnits.scopeRoots(scope) : orgUnits.children(scope, unit.id());
        List<String> paths = unit == null ? scope.unitPaths() : List.of(unit.path());

        Map<LocalDate, Metrics> byDay = dailyTotals(scope.tenantId(), paths, period, minSample);
        Metrics total = byDay.values().stream().reduce(Metrics.empty(minSample), Metrics::plus);
        Map<LocalDate, Metrics> byWeek = new LinkedHashMap<>();
        period.weekStarts().forEach(week -> byWeek.put(week, Metrics.empty(minSample)));
        byDay.forEach((day, m) -> byWeek.merge(Period.weekOf(day), m, Metrics::plus));
        List<DashboardView.WeekPoint> trend = byWeek.entrySet().stream()
                .map(e -> new DashboardView.WeekPoint(e.getKey(), e.getValue())).toList();

        Map<UUID, Metrics> perChild = perChild(scope.tenantId(), unit, children, period, minSample);
        List<DashboardView.UnitRow> rows = children.stream().map(child -> new DashboardView.UnitRow(child,
                perChild.getOrDefault(child.id(), Metrics.empty(minSample)))).toList();
        List<OrgUnit> breadcrumbs = unit == null ? List.of() : orgUnits.breadcrumbs(scope, unit);
        return new DashboardView(unit, breadcrumbs, period, total, trend, rows);
    }

    private OrgUnit singleRoot(Scope scope) {
        List<OrgUnit> roots = orgUnits.scopeRoots(scope);
        return roots.size() == 1 ? roots.get(0) : null;
    }

    private Map<LocalDate, Metrics> dailyTotals(UUID tenantId, List<String> paths, Period period, int minSample) {
        List<Object> params = new ArrayList<>(List.of(tenantId, Date.valueOf(period.from()), Date.valueOf(period.to())));
        String condition = new Scope(tenantId, paths).pathCondition("u.path", params);
        Map<LocalDate, Metrics> byDay = new HashMap<>();
        jdbc.sql("select m.metric_day, " + SUMS + " from metric_daily m "
                        + "join org_unit u on u.tenant_id = m.tenant_id and u.id = m.org_unit_id "
                        + "where m.tenant_id = ? and m.metric_day between ? and ? and " + condition
                        + " group by m.metric_day")
                .params(params)
                .query((rs, i) -> byDay.put(rs.getObject("metric_day", LocalDate.class), metrics(rs, minSample)))
                .list();
        return byDay;
    }

    /** One grouped query for the children of a unit; the caller's scope roots one by one. */
    private Map<UUID, Metrics> perChild(UUID tenantId, OrgUnit parent, List<OrgUnit> children, Period period,
                                        int minSample) {
        Map<UUID, Metrics> result = new HashMap<>();
        if (parent == null) {
            children.forEach(child -> result.put(child.id(), dailyTotals(tenantId, List.of(child.path()), period,
                    minSample).values().stream().reduce(Metrics.empty(minSample), Metrics::plus)));
            return result;
        }
        jdbc.sql("select c.id, " + SUMS + " from org_unit c "
                        + "join org_unit u on u.tenant_id = c.tenant_id and u.path like c.path || '%' "
                        + "join metric_daily m on m.tenant_id = u.tenant_id and m.org_unit_id = u.id "
                        + "where c.tenant_id = ? and c.parent_id = ? and m.metric_day between ? and ? group by c.id")
                .params(tenantId, parent.id(), Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query((rs, i) -> result.put(rs.getObject("id", UUID.class), metrics(rs, minSample)))
                .list();
        return result;
    }

    private static Metrics metrics(java.sql.ResultSet rs, int minSample) throws java.sql.SQLException {
        return new Metrics(new NpsResult(rs.getInt("nps_n"), rs.getInt("p"), rs.getInt("d")),
                new CsatResult(rs.getInt("csat_n"), rs.getInt("t2"), rs.getLong("csat_sum")), minSample);
    }
}
