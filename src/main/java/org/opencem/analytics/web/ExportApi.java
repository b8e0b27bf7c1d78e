package org.opencem.analytics.web;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads through the API: the responses, and each analytics view's table as CSV or XLSX. A view's
 * JSON address answers with a file when asked by {@code ?format=csv|xlsx} or by the {@code Accept}
 * header ({@code text/csv}, or the XLSX media type), with the same filter parameters as its JSON.
 */
@RestController
@Tag(name = "Exports", description = "Responses and analytics tables as CSV or XLSX, within the caller's scope")
class ExportApi {

    private static final String VIEWS = "/api/v1/analytics/";

    private final ResponseDownloads responses;
    private final ViewTables tables;

    ExportApi(ResponseDownloads responses, ViewTables tables) {
        this.responses = responses;
        this.tables = tables;
    }

    @GetMapping("/api/v1/exports/responses")
    @Operation(summary = "Feedback records with scores, comment, unit, touchpoint, channel, sentiment and topics, newest first",
            description = "Filters: unit, from/to or weeks (default 12), touchpoint, channel, detractors=true. Streams any length.")
    void responses(CurrentUser me, @Parameter(description = "csv or xlsx (default: from Accept, else csv)")
                   @RequestParam Map<String, String> params,
                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
                   HttpServletResponse response) {
        responses.send(me, params, ExportFormat.of(params.get("format"), accept), locale, response);
    }

    @GetMapping(path = {VIEWS + "hierarchy", VIEWS + "journey", VIEWS + "touchpoint", VIEWS + "drivers", VIEWS + "compare",
            VIEWS + "goals"}, params = "format")
    @Operation(summary = "A view's table as a file: ?format=csv or xlsx; compare takes table=periods|segments, "
            + "touchpoint table=trend|distribution")
    void viewByParameter(CurrentUser me, @RequestParam Map<String, String> params, HttpServletRequest request,
                         HttpServletResponse response) {
        send(me, params, ExportFormat.parse(params.get("format")), request, response);
    }

    @GetMapping(path = {VIEWS + "hierarchy", VIEWS + "journey", VIEWS + "touchpoint", VIEWS + "drivers", VIEWS + "compare",
            VIEWS + "goals"}, produces = {"text/csv", ExportFormat.XLSX_TYPE})
    @Operation(summary = "A view's table as a file, chosen by the Accept header")
    void viewByAccept(CurrentUser me, @RequestParam Map<String, String> params,
                      @RequestHeader(HttpHeaders.ACCEPT) String accept, HttpServletRequest request,
                      HttpServletResponse response) {
        send(me, params, ExportFormat.of(null, accept), request, response);
    }

    private void send(CurrentUser me, Map<String, String> params, ExportFormat format, HttpServletRequest request,
                      HttpServletResponse response) {
        String view = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        String table = switch (view) {
            case "compare" -> "segments".equals(params.get("table")) ? "compare-segments" : "compare-periods";
            case "touchpoint" -> "distribution".equals(params.get("table")) ? "touchpoint-distribution" : "touchpoint";
            default -> view;
        };
        TableDownload.send(response, table, format, tables.table(me, table, params));
    }
}
