package org.opencem.analytics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Period against period, and segment against segment, for the current unit. */
@Controller
class CompareController {

    private final ViewContexts contexts;
    private final CompareViews views;
    private final JsonMapper json;
    private final MessageSource messages;

    CompareController(ViewContexts contexts, CompareViews views, JsonMapper json, MessageSource messages) {
        this.contexts = contexts;
        this.views = views;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/analytics/compare")
    String page(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, @RequestParam(required = false) String against,
                @RequestParam(required = false) String by, HtmxRequest htmx, Locale locale, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, compareParams(against, by));
        CompareView view = views.build(me.scope(), ctx, against, by);
        model.addAttribute("ctx", ctx);
        model.addAttribute("view", view);
        model.addAttribute("extraParams", compareParams(against, view.segmentBy()));
        model.addAttribute("periodJson", ScriptJson.of(json, AnalyticsCharts.periods(view,
                shown -> messages.getMessage(shown.messageKey(), null, shown.code(), locale))));
        model.addAttribute("segmentJson", ScriptJson.of(json, AnalyticsCharts.segments(view, ctx.metric())));
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/compare :: view" : "analytics/compare";
    }

    @GetMapping(value = "/analytics/compare-periods.csv", produces = "text/csv")
    ResponseEntity<String> periodsCsv(CurrentUser me, @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String weeks,
                                      @RequestParam(required = false) String metric,
                                      @RequestParam(required = false) String against,
                                      @RequestParam(required = false) String by) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("period-comparison.csv", AnalyticsCsv.periods(views.build(me.scope(), ctx, against, by)));
    }

    @GetMapping(value = "/analytics/compare-segments.csv", produces = "text/csv")
    ResponseEntity<String> segmentsCsv(CurrentUser me, @RequestParam(required = false) String unit,
                                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String weeks,
                                       @RequestParam(required = false) String metric,
                                       @RequestParam(required = false) String against,
                                       @RequestParam(required = false) String by) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("segment-comparison.csv", AnalyticsCsv.segments(views.build(me.scope(), ctx, against, by)));
    }

    static Map<String, Object> compareParams(String against, String by) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (against != null && !against.isBlank()) {
            params.put("against", against);
        }
        if (by != null && !by.isBlank()) {
            params.put("by", by);
        }
        return params;
    }
}
