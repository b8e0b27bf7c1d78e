package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DashboardFilter;
import org.opencem.analytics.DashboardPeriod;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.Goals;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricSettings;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.WidgetDefinition;
import org.opencem.analytics.WidgetSort;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes a widget for one viewer. Its filter is what the viewer chose on the page, over the
 * widget's own, over the dashboard's. The unit is always cut to the viewer's scope: a unit above
 * it becomes the viewer's own top unit (so head office's shared dashboard shows a store manager
 * their store), and a unit beside or outside it shows nothing. Every figure comes from the metrics
 * engine; comments from the feedback records, within the same scope.
 */
@Component
class WidgetViews {

    static final int COMMENTS = 10;
    /** A heatmap of more units than this is cut: it would not be read anyway. */
    static final int HEATMAP_ROWS = 40;

    private final MetricQueries engine;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Goals goals;
    private final FeedbackVoices voices;
    private final DriverViews drivers;
    private final ViewContexts contexts;
    private final MetricSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    WidgetViews(MetricQueries engine, OrgUnits orgUnits, Journeys journeys, Goals goals, FeedbackVoices voices,
                DriverViews drivers, ViewContexts contexts, MetricSettings settings, Clock clock,
                @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.engine = engine;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.goals = goals;
        this.voices = voices;
        this.drivers = drivers;
        this.contexts = contexts;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    /** The filter a widget ends up with: the viewer's choice, then the widget's, then the dashboard's. */
    static DashboardFilter effective(DashboardFilter chosen, WidgetDefinition widget, DashboardFilter dashboard) {
        return chosen.over(widget.filter().over(dashboard));
    }

    DateRange period(DashboardFilter filter) {
        DashboardPeriod period = filter.period() == null ? DashboardPeriod.WEEKS_12 : filter.period();
        return period.on(LocalDate.now(clock.withZone(zone)), filter.from(), filter.to());
    }

    WidgetData data(CurrentUser me, WidgetDefinition widget, DashboardFilter filter) {
        Scope scope = me.scope();
        DateRange period = period(filter);
        Optional<Looked> looked = look(scope, filter.unitId());
        if (looked.isEmpty()) {
            return new WidgetData(widget.id(), widget.kind(), widget.title(), widget.metrics(), widget.breakdown(), true,
                    null, period, null, 0, List.of(), List.of(), null, List.of(), null);
        }
        OrgUnit unit = looked.get().unit();
        UUID unitId = unit == null ? null : unit.id();
        MetricFilter narrower = new MetricFilter(Set.copyOf(filter.touchpointIds()), Set.copyOf(filter.channels()),
                Set.of(), segment(filter.segment()));
        MetricQuery query = new MetricQuery(unitId, period, Comparison.PREVIOUS_PERIOD, GroupBy.NONE,
                widget.metricList(), narrower);
        UnitRef ref = unit == null ? null : UnitRef.of(unit);
        return switch (widget.kind()) {
            case KPI -> {
                MetricReport report = engine.report(scope, query);
                yield result(widget, ref, report, tiles(scope, widget, unit, period, report.total()), List.of());
            }
            case TREND -> {
                GroupBy buckets = period.days() <= 14 ? GroupBy.DAY : GroupBy.WEEK;
                MetricReport report = engine.report(scope, query.comparedWith(Comparison.NONE).groupedBy(buckets));
                yield result(widget, ref, report, List.of(), report.rows());
            }
            case BREAKDOWN, TABLE -> {
                MetricReport report = engine.report(scope, query.groupedBy(widget.breakdown()));
                yield result(widget, ref, report, List.of(), sorted(report.rows(), widget));
            }
            case HEATMAP -> new WidgetData(widget.id(), widget.kind(), widget.title(), widget.metrics(), null, false,
                    ref, period, null, minSample(me), List.of(), List.of(), heatmap(scope, widget, unit, query), List.of(),
                    null);
            case COMMENTS -> new WidgetData(widget.id(), widget.kind(), widget.title(), widget.metrics(), null, false,
                    ref, period, null, minSample(me), List.of(), List.of(), null, comments(scope, unit, narrower, period),
                    null);
            case DRIVERS -> {
                ViewContext ctx = contexts.of(me, unitId == null ? null : unitId.toString(), period.from().toString(),
                        period.to().toString(), null, null, Map.of());
                yield new WidgetData(widget.id(), widget.kind(), widget.title(), widget.metrics(), null, false, ref,
                        period, null, minSample(me), List.of(), List.of(), null, List.of(), drivers.build(scope, ctx));
            }
        };
    }

    private int minSample(CurrentUser me) {
        return settings.settings(me.tenantId()).minSample();
    }

    private static WidgetData result(WidgetDefinition widget, UnitRef unit, MetricReport report, List<WidgetData.Tile> tiles,
                                     List<MetricRow> rows) {
        return new WidgetData(widget.id(), widget.kind(), widget.title(), widget.metrics(), widget.breakdown(), false,
                unit, report.period(), report.comparisonPeriod(), report.minSample(), tiles, rows, null, List.of(), null);
    }

    /** The unit looked at; null inside means the viewer's whole scope. Empty when it is outside the scope. */
    private record Looked(OrgUnit unit) {
    }

    private Optional<Looked> look(Scope scope, UUID unitId) {
        List<OrgUnit> roots = orgUnits.scopeRoots(scope);
        if (unitId == null) {
            return Optional.of(new Looked(roots.size() == 1 ? roots.get(0) : null));
        }
        Optional<OrgUnit> inScope = orgUnits.find(scope, unitId);
        if (inScope.isPresent()) {
            return Optional.of(new Looked(inScope.get()));
        }
        Optional<OrgUnit> above = orgUnits.inTenant(scope.tenantId(), unitId);
        if (above.isEmpty()) {
            return Optional.empty();
        }
        List<OrgUnit> under = roots.stream().filter(root -> above.get().isAncestorOrSelfOf(root)).toList();
        if (under.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Looked(under.size() == 1 ? under.get(0) : null));
    }

    private List<WidgetData.Tile> tiles(Scope scope, WidgetDefinition widget, OrgUnit unit, DateRange period,
                                        MetricRow total) {
        Map<ViewMetric, Goal> unitGoals = unit == null ? Map.of()
                : goals.forUnits(scope, List.of(unit.id()), period.from(), period.to()).getOrDefault(unit.id(), Map.of());
        List<WidgetData.Tile> tiles = new ArrayList<>();
        for (String code : widget.metrics()) {
            MetricValue value = total.values().get(code);
            Goal goal = ViewMetric.parse(code).map(unitGoals::get).orElse(null);
            tiles.add(new WidgetData.Tile(code, value,
                    goal == null ? null : new GoalProgress(goal, value == null ? null : value.value())));
        }
        return tiles;
    }

    /** Rows without a value last, whichever the order. */
    private static List<MetricRow> sorted(List<MetricRow> rows, WidgetDefinition widget) {
        String code = widget.metrics().get(0);
        Comparator<MetricRow> order = switch (widget.sort()) {
            case NAME -> Comparator.comparing(MetricRow::label, Comparator.nullsLast(Comparator.naturalOrder()));
            case VALUE -> Comparator.comparing((MetricRow r) -> valueOf(r, code),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case CHANGE -> Comparator.comparing((MetricRow r) -> changeOf(r, code),
                    Comparator.nullsLast(Comparator.reverseOrder()));
        };
        return rows.stream().sorted(order.thenComparing(MetricRow::key)).toList();
    }

    private static Double valueOf(MetricRow row, String code) {
        MetricValue value = row.values().get(code);
        return value == null ? null : value.value();
    }

    /** The size of the change, either way: the biggest movers first. */
    private static Double changeOf(MetricRow row, String code) {
        MetricValue value = row.values().get(code);
        return value == null || value.change() == null || value.change().delta() == null ? null
                : Math.abs(value.change().delta());
    }

    private WidgetData.Heatmap heatmap(Scope scope, WidgetDefinition widget, OrgUnit unit, MetricQuery query) {
        Set<UUID> chosen = query.filter().touchpointIds();
        List<TouchpointRef> touchpoints = journeys.touchpoints(scope.tenantId()).stream()
                .filter(t -> chosen.isEmpty() || chosen.contains(t.id())).toList();
        List<WidgetData.Heatmap.Column> columns = touchpoints.stream()
                .map(t -> new WidgetData.Heatmap.Column(t.id(), t.name(), t.stageName())).toList();
        List<OrgUnit> children = unit == null ? orgUnits.scopeRoots(scope) : orgUnits.children(scope, unit.id());
        List<WidgetData.Heatmap.Row> rows = new ArrayList<>();
        MetricQuery byTouchpoint = new MetricQuery(null, query.period(), Comparison.NONE, GroupBy.TOUCHPOINT,
                List.of(widget.firstMetric()), query.filter());
        if (unit != null) {
            rows.add(heatRow(scope, byTouchpoint, unit, true));
        }
        for (OrgUnit child : children.stream().limit(HEATMAP_ROWS).toList()) {
            rows.add(heatRow(scope, byTouchpoint, child, false));
        }
        // touchpoints nobody rated in this slice would only add empty columns
        List<WidgetData.Heatmap.Column> rated = columns.stream().filter(c -> rows.stream()
                .anyMatch(r -> r.cell(c.touchpointId()) != null && r.cell(c.touchpointId()).n() > 0)).toList();
        return new WidgetData.Heatmap(rated.isEmpty() ? columns : rated, rows);
    }

    private WidgetData.Heatmap.Row heatRow(Scope scope, MetricQuery byTouchpoint, OrgUnit unit, boolean total) {
        MetricQuery query = new MetricQuery(unit.id(), byTouchpoint.period(), byTouchpoint.comparison(),
                byTouchpoint.groupBy(), byTouchpoint.metrics(), byTouchpoint.filter());
        String code = byTouchpoint.metrics().get(0).code();
        Map<String, MetricValue> cells = new LinkedHashMap<>();
        for (MetricRow row : engine.report(scope, query).rows()) {
            cells.put(row.key(), row.values().get(code));
        }
        return new WidgetData.Heatmap.Row(UnitRef.of(unit), total, cells);
    }

    /** The newest comments of the slice within the filter's touchpoints, channels and segment. */
    private List<FeedbackVoices.Comment> comments(Scope scope, OrgUnit unit, MetricFilter narrower, DateRange period) {
        String path = unit == null ? "/" : unit.path();
        return voices.comments(scope, new FeedbackVoices.Slice(path, null, period.from(), period.to()), narrower,
                COMMENTS);
    }

    private static Map<String, String> segment(String segment) {
        if (segment == null) {
            return Map.of();
        }
        int colon = segment.indexOf(':');
        return Map.of(segment.substring(0, colon).trim(), segment.substring(colon + 1).trim());
    }
}
