package org.opencem.analytics.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;

/**
 * Writes a table straight to the response as it is produced, row by row, as CSV (UTF-8 with a
 * byte-order mark, so spreadsheets read Chinese names) or XLSX (numbers as numbers, times and days
 * as dates, the header bold and frozen). Nothing but the current rows is held in memory, so a
 * 100,000-row export costs what one page of rows does, and it is written synchronously, so no async
 * timeout cuts it short.
 */
final class TableDownload {

    /** Times and days are real dates in a spreadsheet, so it sorts, filters and groups them as such. */
    private static final String XLSX_TIME = "yyyy-mm-dd hh:mm:ss";
    private static final String XLSX_DAY = "yyyy-mm-dd";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Rows are handed to the XLSX writer's stream in groups this large. */
    private static final int FLUSH_EVERY = 1000;

    /** Produces the rows of a table, in order, into the sink it is given. */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<List<?>> sink);

        static Rows of(List<? extends List<?>> rows) {
            return sink -> rows.forEach(sink);
        }
    }

    private TableDownload() {
    }

    /** A table whose first row is its header, as the views' CSV builders make them. */
    static void send(HttpServletResponse response, String baseName, ExportFormat format, List<? extends List<?>> table) {
        Iterator<? extends List<?>> rows = table.iterator();
        List<?> header = rows.hasNext() ? rows.next() : List.of();
        send(response, baseName, format, header, sink -> rows.forEachRemaining(sink));
    }

    static void send(HttpServletResponse response, String baseName, ExportFormat format, List<?> header, Rows rows) {
        response.setContentType(format == ExportFormat.CSV ? format.contentType() + ";charset=UTF-8" : format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + baseName + "." + format.extension() + "\"");
        try {
            OutputStream out = response.getOutputStream();
            if (format == ExportFormat.CSV) {
                writeCsv(out, header, rows);
            } else {
                writeXlsx(out, baseName, header, rows);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeCsv(OutputStream out, List<?> header, Rows rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        writeCsvLine(writer, header);
        try {
            rows.each(row -> {
                try {
                    writeCsvLine(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static void writeXlsx(OutputStream out, String sheetName, List<?> header, Rows rows) throws IOException {
        Workbook workbook = new Workbook(out, "OpenCEM", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, String.valueOf(header.get(c)));
            sheet.width(c, Math.max(10, Math.min(40, String.valueOf(header.get(c)).length() + 4)));
        }
        if (!header.isEmpty()) {
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        }
        sheet.freezePane(0, 1);
        int[] next = {1};
        try {
            rows.each(row -> {
                int r = next[0]++;
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                if (r % FLUSH_EVERY == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDateTime time) {
            sheet.value(r, c, time);
            sheet.style(r, c).format(XLSX_TIME).set();
        } else if (value instanceof LocalDate day) {
            sheet.value(r, c, day);
            sheet.style(r, c).format(XLSX_DAY).set();
        } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    private static void writeCsvLine(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write('\n');
    }

    /** The same cell text as the views' CSV downloads: two decimals, quoted when it holds a comma, quote or line break. */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d)
                : value instanceof LocalDateTime time ? CSV_TIME.format(time) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
