package org.opencem.analytics.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.opencem.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The XLSX (and CSV) download of each analytics view's table, beside the CSV links the views already
 * have: {@code /analytics/hierarchy.xlsx?unit=…&weeks=12} takes the same parameters as the page.
 */
@Controller
class ViewExportController {

    private final ViewTables tables;

    ViewExportController(ViewTables tables) {
        this.tables = tables;
    }

    @GetMapping("/analytics/{table}.xlsx")
    void xlsx(CurrentUser me, @PathVariable String table, @RequestParam Map<String, String> params,
              HttpServletResponse response) {
        TableDownload.send(response, table, ExportFormat.XLSX, tables.table(me, table, params));
    }

    @GetMapping("/analytics/goals.csv")
    void goalsCsv(CurrentUser me, HttpServletResponse response) {
        TableDownload.send(response, "goals", ExportFormat.CSV, tables.table(me, "goals", Map.of()));
    }
}
