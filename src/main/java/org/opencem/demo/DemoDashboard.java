package org.opencem.demo;

import java.util.List;
import java.util.UUID;

import org.opencem.analytics.DashboardDefinitions;
import org.opencem.analytics.DashboardInput;
import org.opencem.analytics.DashboardInput.FilterInput;
import org.opencem.analytics.DashboardInput.WidgetInput;
import org.opencem.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Head office's shared weekly dashboard, so every demo login finds one in its list and sees it
 * cut to its own scope: the headline figures, their trend, the stores side by side, the heatmap
 * and what customers say about 上菜.
 */
@Component
class DemoDashboard {

    static final String NAME = "全国门店周报";

    private final DashboardDefinitions dashboards;

    DemoDashboard(DashboardDefinitions dashboards) {
        this.dashboards = dashboards;
    }

    void share(CurrentUser cx, UUID serving) {
        FilterInput fourWeeks = new FilterInput("4w", null, null, null, List.of(), List.of(), null);
        FilterInput servingOnly = new FilterInput(null, null, null, null, List.of(serving.toString()), List.of(), null);
        dashboards.create(cx, new DashboardInput(NAME, true, fourWeeks, List.of(
                new WidgetInput("kpi", null, List.of("cx_index", "nps", "csat"), null, null, null),
                new WidgetInput("trend", null, List.of("nps", "csat"), null, null,
                        new FilterInput("26w", null, null, null, List.of(), List.of(), null)),
                new WidgetInput("breakdown", null, List.of("nps"), "child_unit", "value", null),
                new WidgetInput("table", "变化最大的触点", List.of("csat", "net_sentiment"), "touchpoint", "change", null),
                new WidgetInput("heatmap", null, List.of("csat"), null, null, null),
                new WidgetInput("comments", "顾客怎么说上菜", List.of("csat"), null, null, servingOnly),
                new WidgetInput("drivers", null, List.of("nps"), null, null,
                        new FilterInput("12w", null, null, null, List.of(), List.of(), null)))));
    }
}
