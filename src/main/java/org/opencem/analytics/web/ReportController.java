package org.opencem.analytics.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.internal.UnitReport;
import org.opencem.analytics.internal.UnitReports;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click PDF of a unit's period (the page's unit and period: {@code unit}, {@code from}/{@code to}
 * or {@code weeks}, {@code metric} to rank by), for the console and, as {@code /api/v1/analytics/report.pdf},
 * for API clients; always within the caller's scope.
 */
@Controller
class ReportController {

    private final ViewContexts contexts;
    private final UnitReports reports;
    private final ReportPdf pdf;
    private final org.springframework.context.MessageSource messages;

    ReportController(ViewContexts contexts, UnitReports reports, ReportPdf pdf,
                     org.springframework.context.MessageSource messages) {
        this.contexts = contexts;
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping({"/analytics/report.pdf", "/api/v1/analytics/report.pdf"})
    void report(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, Locale locale, HttpServletResponse response)
            throws IOException {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        UnitReport report = reports.build(me.scope(), ctx.unit(), DateRange.of(ctx.filter().from(), ctx.filter().to()),
                ctx.metric(), true, locale);
        String name = ctx.unit() == null ? messages.getMessage("overview.allUnits", null, locale) : ctx.unit().name();
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cx-report-"
                + (ctx.unit() == null ? "all" : ctx.unit().code()) + "-" + ctx.filter().to() + ".pdf\"");
        pdf.write(report, name, ctx.metric(), locale, contexts.today(), response.getOutputStream());
    }
}
