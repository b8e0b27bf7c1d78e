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

/** Key drivers of NPS as an importance × performance quadrant, with the unit of analysis stated. */
@Controller
class DriversController {

    private final ViewContexts contexts;
    private final DriverViews views;
    private final JsonMapper json;

    DriversController(ViewContexts contexts, DriverViews views, JsonMapper json) {
        this.contexts = contexts;
        this.views = views;
        this.json = json;
    }

    @GetMapping("/analytics/drivers")
    String page(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, HtmxRequest htmx, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        DriverView view = views.build(me.scope(), ctx);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", ScriptJson.of(json, AnalyticsCharts.quadrant(view)));
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/drivers :: view" : "analytics/drivers";
    }

    @GetMapping(value = "/analytics/drivers.csv", produces = "text/csv")
    ResponseEntity<String> csv(CurrentUser me, @RequestParam(required = false) String unit,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("key-drivers.csv", AnalyticsCsv.drivers(views.build(me.scope(), ctx)));
    }
}
