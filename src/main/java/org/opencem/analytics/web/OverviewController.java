package org.opencem.analytics.web;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.platform.web.Htmx;
import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Dashboards;
import org.opencem.analytics.Period;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The overview: the caller's unit with its children side by side; a click drills one level down. */
@Controller
class OverviewController {

    private final Dashboards dashboards;
    private final OrgUnits orgUnits;
    private final JsonMapper json;

    OverviewController(Dashboards dashboards, OrgUnits orgUnits, JsonMapper json) {
        this.dashboards = dashboards;
        this.orgUnits = orgUnits;
        this.json = json;
    }

    @GetMapping("/")
    String overview(CurrentUser me, @RequestParam(required = false) UUID unit,
                    @RequestParam(defaultValue = "12") int weeks, HtmxRequest htmx, Model model) {
        DashboardView view = dashboards.overview(me.scope(), unit, weeks);
        model.addAttribute("view", view);
        model.addAttribute("weekChoices", Period.CHOICES);
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("trendJson", ScriptJson.of(json, TrendChart.series(view)));
        return Htmx.wantsFragment(htmx) ? "analytics/partials/dashboard :: dashboard"
                : "analytics/overview";
    }

    /** The trend as CSV: every chart has its data to download. */
    @GetMapping(value = "/overview.csv", produces = "text/csv")
    ResponseEntity<String> trendCsv(CurrentUser me, @RequestParam(required = false) UUID unit,
                                    @RequestParam(defaultValue = "12") int weeks) {
        DashboardView view = dashboards.overview(me.scope(), unit, weeks);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nps-trend.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(TrendChart.csv(view));
    }
}
