package org.opencem.signals.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.opencem.platform.CsvReader;

/**
 * An uploaded table, CSV or the first sheet of an XLSX workbook, as rows of text that know their
 * line (the row number Excel shows), so that errors point where the user looks.
 */
final class TabularFile {

    static final String CSV = "csv";
    static final String XLSX = "xlsx";

    /** Cell formats are what tells a date from a number. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Chinese Excel saves "CSV" in the system code page; GB18030 covers GBK and GB2312. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The file could not be read at all; the message key says why, for the person who uploaded it. */
    static final class Unreadable extends Exception {

        final String messageKey;
        final transient Object[] args;

        Unreadable(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    private TabularFile() {
    }

    static String kindOf(String fileName, byte[] content) {
        boolean zip = content.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(content);
        return zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) ? XLSX : CSV;
    }

    /** The non-blank rows, the header first. */
    static List<Row> read(String kind, byte[] content) throws Unreadable {
        List<Row> rows = XLSX.equals(kind) ? readXlsx(content) : readCsv(content);
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    private static List<Row> readCsv(byte[] content) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, CHINESE_WINDOWS);
        }
        try {
            return CsvReader.parse(text).stream().map(r -> new Row(r.line(), r.fields())).toList();
        } catch (CsvReader.MalformedCsvException e) {
            throw new Unreadable("signals.import.unterminatedQuote", e.line());
        }
    }

    private static List<Row> readXlsx(byte[] content) throws Unreadable {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS);
             Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
            List<Row> rows = new ArrayList<>();
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(new Row(row.getRowNum(), cells));
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("signals.import.notXlsx");
        }
    }

    /** A cell as the user sees it: dates as dates (Excel stores them as numbers), 4.0 as 4. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*[ymdh].*")) {
                return cell.asDate().format(CELL_TIME);
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
