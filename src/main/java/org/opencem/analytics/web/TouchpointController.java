package org.opencem.analytics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** One touchpoint in depth: distribution, trend with its interval, comments, topics and cases. */
@Controller
class TouchpointController {

    private final ViewContexts contexts;
    private final TouchpointViews views;
    private final JsonMapper json;
    private final Taxonomy taxonomy;

    TouchpointController(ViewContexts contexts, TouchpointViews views, JsonMapper json, Taxonomy taxonomy) {
        this.contexts = contexts;
        this.views = views;
        this.json = json;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/analytics/touchpoint")
    String page(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, @RequestParam(required = false) String touchpoint,
                HtmxRequest htmx, Locale locale, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, touchpointParams(touchpoint));
        TouchpointView view = views.build(me.scope(), ctx, touchpoint);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", view);
        model.addAttribute("touchpointChoices", view.touchpoints());
        model.addAttribute("selectedTouchpoint", view.hasTouchpoint() ? view.touchpoint().id() : null);
        model.addAttribute("topicNames", taxonomy.names(me.scope().tenantId(), locale));
        if (view.hasTouchpoint()) {
            model.addAttribute("trendJson", ScriptJson.of(json, AnalyticsCharts.trend(view.trend(), ctx.metric())));
            model.addAttribute("distributionJson", view.distributions().stream()
                    .map(chart -> ScriptJson.of(json, chart)).toList());
        }
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/touchpoint :: view" : "analytics/touchpoint";
    }

    @GetMapping(value = "/analytics/touchpoint.csv", produces = "text/csv")
    ResponseEntity<String> csv(CurrentUser me, @RequestParam(required = false) String unit,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric,
                               @RequestParam(required = false) String touchpoint) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        TouchpointView view = views.build(me.scope(), ctx, touchpoint);
        return CsvFiles.download("touchpoint-trend.csv", AnalyticsCsv.trend(view.trend(), ctx.metric()));
    }

    @GetMapping(value = "/analytics/touchpoint-distribution.csv", produces = "text/csv")
    ResponseEntity<String> distributionCsv(CurrentUser me, @RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String weeks,
                                           @RequestParam(required = false) String metric,
                                           @RequestParam(required = false) String touchpoint) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("touchpoint-distribution.csv",
                AnalyticsCsv.distributions(views.build(me.scope(), ctx, touchpoint).distributions()));
    }

    static Map<String, Object> touchpointParams(String touchpoint) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (touchpoint != null && !touchpoint.isBlank()) {
            params.put("touchpoint", touchpoint);
        }
        return params;
    }
}
