package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The league table page, its htmx fragment and its CSV; drill down one level per click. */
@Controller
class HierarchyController {

    private final ViewContexts contexts;
    private final HierarchyViews views;
    private final JsonMapper json;

    HierarchyController(ViewContexts contexts, HierarchyViews views, JsonMapper json) {
        this.contexts = contexts;
        this.views = views;
        this.json = json;
    }

    @GetMapping("/analytics")
    String landing() {
        return "redirect:/analytics/hierarchy";
    }

    @GetMapping("/analytics/hierarchy")
    String page(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, HtmxRequest htmx, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, sortParams(sort, dir));
        HierarchyView view = views.build(me.scope(), ctx, sort, dir);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", view);
        model.addAttribute("extraParams", sortParams(view.sort(), view.descending() ? "desc" : "asc"));
        model.addAttribute("chartJson", ScriptJson.of(json, AnalyticsCharts.league(view, ctx.metric())));
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/hierarchy :: view" : "analytics/hierarchy";
    }

    @GetMapping(value = "/analytics/hierarchy.csv", produces = "text/csv")
    ResponseEntity<String> csv(CurrentUser me, @RequestParam(required = false) String unit,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric,
                               @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("hierarchy.csv", AnalyticsCsv.league(views.build(me.scope(), ctx, sort, dir)));
    }

    static Map<String, Object> sortParams(String sort, String dir) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (sort != null && !sort.isBlank()) {
            params.put("sort", sort);
        }
        if (dir != null && !dir.isBlank()) {
            params.put("dir", dir);
        }
        return params;
    }
}
