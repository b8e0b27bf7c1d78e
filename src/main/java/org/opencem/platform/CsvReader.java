package org.opencem.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it, plus what spreadsheets really write: a UTF-8 byte order
 * mark, LF or CRLF line ends, a missing final line end. Each record knows the line it starts on,
 * so import errors can point at it.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public record Row(int line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    /** Thrown for a quoted field that never ends: everything after it would be misread. */
    public static class MalformedCsvException extends RuntimeException {

        private final int line;

        MalformedCsvException(int line) {
            super("Unterminated quoted field starting on line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<Row> parse(String text) {
        String input = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean recordHasContent = false;
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
                recordHasContent = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                recordHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(recordLine, List.copyOf(fields)));
                fields.clear();
                recordHasContent = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                recordHasContent = true;
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine);
        }
        if (recordHasContent || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }
}
