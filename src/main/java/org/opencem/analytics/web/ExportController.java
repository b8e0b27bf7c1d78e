package org.opencem.analytics.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.opencem.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The responses download behind the button on the feedback list: every record of the period in the caller's scope. */
@Controller
class ExportController {

    private final ResponseDownloads downloads;

    ExportController(ResponseDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/exports/responses")
    void responses(CurrentUser me, @RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        downloads.send(me, params, ExportFormat.parse(params.getOrDefault("format", "xlsx")), locale, response);
    }
}
