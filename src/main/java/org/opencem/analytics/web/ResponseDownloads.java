package org.opencem.analytics.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.opencem.analytics.internal.ResponseExport;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/** Reads a responses export's filter from request parameters and streams the rows. */
@Component
class ResponseDownloads {

    private final ViewContexts contexts;
    private final ResponseExport export;

    ResponseDownloads(ViewContexts contexts, ResponseExport export) {
        this.contexts = contexts;
        this.export = export;
    }

    /**
     * {@code unit} (default: all the caller sees), {@code from}/{@code to} or {@code weeks} (default 12),
     * {@code touchpoint}, {@code channel}, {@code detractors=true}. A unit outside the scope is not found.
     */
    void send(CurrentUser me, Map<String, String> params, ExportFormat format, Locale locale, HttpServletResponse response) {
        ViewContext ctx = contexts.of(me, params.get("unit"), params.get("from"), params.get("to"), params.get("weeks"),
                null, Map.of());
        ResponseExport.Slice slice = new ResponseExport.Slice(params.get("unit") == null ? null : ctx.unit(),
                ctx.filter().from(), ctx.filter().to(), touchpoint(params.get("touchpoint")), blankToNull(params.get("channel")),
                Boolean.parseBoolean(params.get("detractors")));
        TableDownload.send(response, "responses", format, ResponseExport.HEADER,
                sink -> export.each(me.scope(), slice, locale, sink));
    }

    private static UUID touchpoint(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("touchpoint", "analytics.error.touchpoint", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
