package org.opencem.actions.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.actions.CaseReport;
import org.opencem.actions.CaseReportDimension;
import org.opencem.actions.CaseReports;
import org.opencem.actions.RecoveryRate;
import org.opencem.actions.RecoveryRates;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** Case reports: cases by a dimension with response and resolution times, the recovery rate, a chart and CSV. */
@Controller
class CaseReportController {

    private final CaseReports reports;
    private final RecoveryRates recovery;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    CaseReportController(CaseReports reports, RecoveryRates recovery, OrgUnits orgUnits, MessageSource messages,
                         JsonMapper json, Clock clock) {
        this.reports = reports;
        this.recovery = recovery;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/cases/reports")
    String page(CurrentUser me, CaseReportParams given, HtmxRequest htmx, Locale locale, Model model) {
        CaseReportParams params = given.withDefaults(clock);
        CaseReport report = reports.report(me.scope(), params.filter(), params.dimension(), locale);
        List<RecoveryRate> rates = recovery.byOrgUnit(me.scope(), params.from(), params.to(), params.unit());
        model.addAttribute("params", params);
        model.addAttribute("report", report);
        model.addAttribute("recovery", rates);
        model.addAttribute("dimensions", CaseReportDimension.values());
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("chartJson", ScriptJson.of(json, new Chart(
                report.rows().stream().map(r -> label(r, locale)).toList(),
                report.rows().stream().map(CaseReport.Row::cases).toList(),
                report.rows().stream().map(r -> r.resolutionMedianHours() == null ? null : Math.round(r.resolutionMedianHours() * 10) / 10.0).toList())));
        model.addAttribute("pageCss", List.of("/css/loop.css"));
        return Htmx.wantsFragment(htmx) ? "actions/reports :: report" : "actions/reports";
    }

    @GetMapping(value = "/cases/reports.csv", produces = "text/csv")
    ResponseEntity<String> csv(CurrentUser me, CaseReportParams given, Locale locale) {
        CaseReportParams params = given.withDefaults(clock);
        CaseReport report = reports.report(me.scope(), params.filter(), params.dimension(), locale);
        StringBuilder csv = new StringBuilder("group,cases,open,first_response_median_h,first_response_p90_h,"
                + "resolution_median_h,resolution_p90_h,breaches\n");
        for (CaseReport.Row row : report.rows()) {
            csv.append(quoted(label(row, locale))).append(',').append(row.cases()).append(',')
                    .append(row.open()).append(',').append(plain(row.firstResponseMedianHours())).append(',')
                    .append(plain(row.firstResponseP90Hours())).append(',').append(plain(row.resolutionMedianHours()))
                    .append(',').append(plain(row.resolutionP90Hours())).append(',').append(row.breaches()).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-report-" + params.dimension().name().toLowerCase(Locale.ROOT) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /** A group's name; cases without a touchpoint, topic or root cause are grouped as "not set". */
    private String label(CaseReport.Row row, Locale locale) {
        return row.label() != null ? row.label() : messages.getMessage("reports.notSet", null, locale);
    }

    private static String plain(Double hours) {
        return hours == null ? "" : String.format(Locale.ROOT, "%.1f", hours);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    record Chart(List<String> labels, List<Integer> cases, List<Double> resolutionMedianHours) {
    }
}
