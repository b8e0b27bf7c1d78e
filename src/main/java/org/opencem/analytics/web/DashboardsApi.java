package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.analytics.DashboardDefinition;
import org.opencem.analytics.DashboardDefinitions;
import org.opencem.analytics.DashboardInput;
import org.opencem.analytics.RoleDashboard;
import org.opencem.analytics.RoleDashboards;
import org.opencem.analytics.WidgetDefinition;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboards as JSON: the caller's role default, their own and the tenant's shared dashboards, and
 * each widget's figures for the caller. A widget shows only the caller's scope, whoever built the
 * dashboard; a unit outside that scope answers {@code outOfScope: true} with no figures. Input that cannot be
 * answered is a 400 problem naming the field, as for metrics.
 */
@RestController
@RequestMapping(path = "/api/v1/dashboards", produces = "application/json")
@Tag(name = "Dashboards", description = "Role-based default dashboards and custom dashboards of widgets, private or "
        + "shared in the tenant, each viewer seeing only their own scope")
class DashboardsApi {

    private final DashboardDefinitions definitions;
    private final RoleDashboards roles;
    private final WidgetViews widgets;
    private final Clock clock;
    private final ZoneId zone;

    DashboardsApi(DashboardDefinitions definitions, RoleDashboards roles, WidgetViews widgets, Clock clock,
                  @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.definitions = definitions;
        this.roles = roles;
        this.widgets = widgets;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    @Operation(summary = "The caller's own dashboards and those shared in the tenant, by name")
    List<DashboardDefinition> list(CurrentUser me) {
        return definitions.list(me);
    }

    @GetMapping("/default")
    @Operation(summary = "The caller's default dashboard, chosen by role, scope level and department",
            description = "role is executive, regional, store, department or frontline; its widgets load through "
                    + "/api/v1/dashboards/default/widgets/{widgetId}/data")
    RoleDashboard roleDefault(CurrentUser me) {
        return roles.defaultFor(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dashboard: the caller's own or a shared one")
    DashboardDefinition get(CurrentUser me, @PathVariable UUID id) {
        return definitions.get(me, id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a dashboard owned by the caller",
            description = "Widget kinds: kpi, trend, breakdown, heatmap, table, comments, drivers. Periods: this_week, "
                    + "last_week, 4w, 12w, 26w, 52w, custom (with from and to). Breakdowns: child_unit, touchpoint, "
                    + "channel, source. Each refused field is named in a 400 problem, e.g. widgets[1].metrics.")
    DashboardDefinition create(CurrentUser me, @RequestBody DashboardInput input) {
        return definitions.create(me, input);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Replaces a dashboard's name, sharing, filter and widgets (its owner only)")
    DashboardDefinition update(CurrentUser me, @PathVariable UUID id, @RequestBody DashboardInput input) {
        return definitions.update(me, id, input);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Removes a dashboard (its owner, or a tenant administrator for a shared one)")
    ResponseEntity<Void> delete(CurrentUser me, @PathVariable UUID id) {
        definitions.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/widgets/{widgetId}/data")
    @Operation(summary = "A widget's figures for the caller",
            description = "The viewer's choice (unit, period) applies over the widget's own filter, which applies over "
                    + "the dashboard's. Figures come from the metrics engine, with n, intervals and changes.")
    WidgetData data(CurrentUser me,
                    @Parameter(description = "A saved dashboard's id, or default") @PathVariable String id,
                    @PathVariable UUID widgetId,
                    @Parameter(description = "Org unit id; outside the caller's scope nothing is returned")
                    @RequestParam(required = false) String unit,
                    @Parameter(description = "this_week, last_week, 4w, 12w, 26w, 52w or custom")
                    @RequestParam(required = false) String period,
                    @Parameter(description = "First day, ISO date (custom period)") @RequestParam(required = false) String from,
                    @Parameter(description = "Last day, ISO date (custom period)") @RequestParam(required = false) String to) {
        DashboardDefinition dashboard = "default".equals(id) ? roles.defaultFor(me).dashboard()
                : definitions.get(me, uuid(id));
        WidgetDefinition widget = dashboard.widget(widgetId).orElseThrow(() -> new NotFoundException("Widget"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return widgets.data(me, widget, WidgetViews.effective(new DashboardParams(unit, period, from, to).toFilter(today),
                widget, dashboard.filter()));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Dashboard");
        }
    }
}
