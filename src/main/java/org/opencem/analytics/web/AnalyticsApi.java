package org.opencem.analytics.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics views as JSON, with the same parameters as the pages: {@code unit} (default the
 * caller's top unit), {@code from}/{@code to} or {@code weeks}, {@code metric}. A unit outside the
 * caller's scope is 404, like one that does not exist; a filter that cannot be answered is a 400
 * problem naming the parameter.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = "application/json")
@Tag(name = "Analytics views", description = "League tables, journey heatmaps, touchpoints, key drivers and comparisons")
class AnalyticsApi {

    private final ViewContexts contexts;
    private final HierarchyViews hierarchy;
    private final JourneyHeatmaps heatmaps;
    private final CellPanels cells;
    private final TouchpointViews touchpoints;
    private final DriverViews drivers;
    private final CompareViews compare;

    AnalyticsApi(ViewContexts contexts, HierarchyViews hierarchy, JourneyHeatmaps heatmaps, CellPanels cells,
                 TouchpointViews touchpoints, DriverViews drivers, CompareViews compare) {
        this.contexts = contexts;
        this.hierarchy = hierarchy;
        this.heatmaps = heatmaps;
        this.cells = cells;
        this.touchpoints = touchpoints;
        this.drivers = drivers;
        this.compare = compare;
    }

    @GetMapping("/hierarchy")
    @Operation(summary = "League table of a unit's children with every metric, its change and significance, goals and spread")
    AnalyticsJson.Hierarchy hierarchy(CurrentUser me, @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String weeks,
                                      @Parameter(description = "cx_index, nps, csat, ces or net_sentiment")
                                      @RequestParam(required = false) String metric,
                                      @Parameter(description = "a metric code, name or n") @RequestParam(required = false) String sort,
                                      @Parameter(description = "asc or desc") @RequestParam(required = false) String dir) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return AnalyticsJson.Hierarchy.of(ctx, hierarchy.build(me.scope(), ctx, sort, dir));
    }

    @GetMapping("/journey")
    @Operation(summary = "Journey heatmap: touchpoints against the unit and its children, with n and net sentiment")
    AnalyticsJson.Journey journey(CurrentUser me, @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric,
                                  @RequestParam(required = false) String journey) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return AnalyticsJson.Journey.of(ctx, heatmaps.build(me.scope(), ctx, journey));
    }

    @GetMapping("/journey/cell")
    @Operation(summary = "One heatmap cell: figures, latest comments with sentiment, and linked cases")
    AnalyticsJson.Cell cell(CurrentUser me, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                            @RequestParam(required = false) String metric,
                            @Parameter(description = "the org unit of the cell") @RequestParam String unit,
                            @Parameter(description = "the touchpoint of the cell") @RequestParam(required = false) String touchpoint) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return AnalyticsJson.Cell.of(ctx, cells.open(me.scope(), ctx, ctx.unitId(), touchpoint));
    }

    @GetMapping("/touchpoint")
    @Operation(summary = "One touchpoint: metrics, distributions, weekly trend with interval, comments, topics, cases")
    AnalyticsJson.Touchpoint touchpoint(CurrentUser me, @RequestParam(required = false) String unit,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String weeks,
                                        @RequestParam(required = false) String metric,
                                        @RequestParam(required = false) String touchpoint) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return AnalyticsJson.Touchpoint.of(ctx, touchpoints.build(me.scope(), ctx, touchpoint));
    }

    @GetMapping("/drivers")
    @Operation(summary = "Key drivers of NPS (Shapley decomposition of R²) against touchpoint performance")
    AnalyticsJson.Drivers drivers(CurrentUser me, @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String weeks) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, null, Map.of());
        return AnalyticsJson.Drivers.of(ctx, drivers.build(me.scope(), ctx));
    }

    @GetMapping("/compare")
    @Operation(summary = "This period against the previous one or a year before; segments by channel, source or attribute")
    AnalyticsJson.Compare compare(CurrentUser me, @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric,
                                  @Parameter(description = "previous or year") @RequestParam(required = false) String against,
                                  @Parameter(description = "channel, source or attribute:<key>") @RequestParam(required = false) String by) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return AnalyticsJson.Compare.of(ctx, compare.build(me.scope(), ctx, against, by));
    }
}
