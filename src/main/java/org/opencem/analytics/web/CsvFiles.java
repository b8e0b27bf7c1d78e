package org.opencem.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV downloads of the charts' data: UTF-8 with a byte-order mark, so spreadsheets read Chinese names. */
final class CsvFiles {

    private CsvFiles() {
    }

    static ResponseEntity<String> download(String filename, List<List<Object>> rows) {
        String body = "\uFEFF" + rows.stream().map(CsvFiles::line).collect(Collectors.joining("\n")) + "\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(CsvFiles::cell).collect(Collectors.joining(","));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
