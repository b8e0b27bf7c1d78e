package org.opencem.analytics.web;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.UnitReport;
import org.opencem.analytics.internal.UnitReports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link UnitReport} as an A4 PDF: KPI tiles against their goals, the NPS trend with its
 * 95% band and a bar chart of the children, both as vector graphics, then the league table, the
 * weakest touchpoints and the most negative topics. Colours mean what they mean on screen.
 */
@Component
class ReportPdf {

    private static final Color GOOD = new Color(0x19, 0x87, 0x54);
    private static final Color MID = new Color(0xE0, 0x9F, 0x1F);
    private static final Color BAD = new Color(0xDC, 0x35, 0x45);
    private static final Color GREY = new Color(0x9A, 0xA0, 0xA6);
    private static final Color LIGHT = new Color(0xF1, 0xF3, 0xF5);
    private static final Color ACCENT = new Color(0x2F, 0x5D, 0xA8);
    private static final Color TEXT = new Color(0x21, 0x25, 0x29);
    private static final int MAX_BARS = 15;
    private static final int MAX_ROWS = 40;

    private final PdfFonts fonts;
    private final MessageSource messages;

    ReportPdf(PdfFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    void write(UnitReport report, String unitName, ViewMetric rankBy, Locale locale, LocalDate generatedOn,
               OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(unitName + " · " + msg(locale, "analytics.report.title"));
        document.addCreator("OpenCEM");
        document.open();
        Writer w = new Writer(document);
        w.heading(unitName + " · " + msg(locale, "analytics.report.title"), 16);
        w.line(msg(locale, "analytics.report.period", report.period().from(), report.period().to(),
                report.previous().from(), report.previous().to(), report.responses(), generatedOn), 8, GREY);
        if (!fonts.hasCjk()) {
            w.line(msg(locale, "analytics.report.noCjkFont"), 8, BAD);
        }
        document.add(kpiTiles(report, locale));
        w.heading(msg(locale, "analytics.report.trend"), 11);
        document.add(trendChart(writer, report, locale));
        if (!report.children().isEmpty()) {
            w.heading(msg(locale, "analytics.report.breakdown", msg(locale, rankBy.messageKey())), 11);
            document.add(barChart(writer, report.children(), rankBy, locale));
            w.heading(msg(locale, "analytics.report.league"), 11);
            document.add(metricTable(report.children(), msg(locale, "analytics.report.unit"), locale));
        }
        w.heading(msg(locale, "analytics.report.worstTouchpoints", msg(locale, rankBy.messageKey())), 11);
        if (report.worstTouchpoints().isEmpty()) {
            w.line(msg(locale, "analytics.report.none"), 8, GREY);
        } else {
            document.add(metricTable(report.worstTouchpoints(), msg(locale, "analytics.report.touchpoint"), locale));
        }
        if (!report.negativeTopics().isEmpty()) {
            w.heading(msg(locale, "analytics.report.negativeTopics"), 11);
            document.add(topicTable(report.negativeTopics(), locale));
        }
        w.line(msg(locale, "analytics.report.footnote", report.minSample()), 7, GREY);
        document.close();
    }

    /** Paragraph helpers in the report's font. */
    private final class Writer {
        private final Document document;

        Writer(Document document) {
            this.document = document;
        }

        void heading(String text, float size) {
            Paragraph p = new Paragraph(fonts.drawable(text), font(size, TEXT));
            p.setSpacingBefore(size > 12 ? 0 : 10);
            p.setSpacingAfter(4);
            document.add(p);
        }

        void line(String text, float size, Color colour) {
            Paragraph p = new Paragraph(fonts.drawable(text), font(size, colour));
            p.setSpacingAfter(4);
            document.add(p);
        }
    }

    private PdfPTable kpiTiles(UnitReport report, Locale locale) {
        PdfPTable table = new PdfPTable(report.kpis().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (UnitReport.Kpi kpi : report.kpis()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(new Color(0xDE, 0xE2, 0xE6));
            cell.setPadding(6);
            cell.addElement(new Paragraph(fonts.drawable(msg(locale, kpi.metric().messageKey())), font(8, GREY)));
            MetricValue value = kpi.value();
            boolean small = value == null || value.smallSample();
            Color colour = !kpi.hasValue() ? GREY : small ? GREY : colour(kpi.metric().band(value.value()));
            cell.addElement(new Paragraph(kpi.hasValue() ? number(value.value(), kpi.metric()) : "—", font(18, colour)));
            cell.addElement(new Paragraph("n = " + (value == null ? 0 : value.n())
                    + (small && value != null && value.n() > 0 ? " · " + msg(locale, "metric.smallSample") : ""), font(7, GREY)));
            MetricValue.Change change = value == null ? null : value.change();
            if (change != null && change.delta() != null) {
                String arrow = change.delta() >= 0 ? "▲" : "▼";
                cell.addElement(new Paragraph(fonts.drawable((fonts.hasCjk() ? arrow + " " : "") + signed(change.delta(), kpi.metric())
                        + (change.significant() ? " ●" : "") + " · " + msg(locale, "analytics.report.previous",
                        number(change.previous(), kpi.metric()))), font(7, change.significant()
                        ? (change.delta() >= 0 ? GOOD : BAD) : GREY)));
            }
            if (kpi.goal() != null) {
                cell.addElement(new Paragraph(fonts.drawable(msg(locale, kpi.goal().met() ? "analytics.report.goalMet"
                        : "analytics.report.goalBehind", number(kpi.goal().goal().target(), kpi.metric()))),
                        font(7, kpi.goal().met() ? GOOD : BAD)));
            }
            table.addCell(cell);
        }
        return table;
    }

    /** Weekly NPS as a line over its 95% band, on a −100…100 scale cut to what the data needs. */
    private Image trendChart(PdfWriter writer, UnitReport report, Locale locale) {
        float width = 523;
        float height = 150;
        float left = 34;
        float bottom = 20;
        float plotW = width - left - 8;
        float plotH = height - bottom - 8;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        List<MetricRow> rows = report.trend();
        double lo = -20;
        double hi = 60;
        for (MetricRow row : rows) {
            MetricValue v = row.values().get("nps");
            if (v != null && v.value() != null) {
                lo = Math.min(lo, v.low() == null ? v.value() : v.low());
                hi = Math.max(hi, v.high() == null ? v.value() : v.high());
            }
        }
        double min = Math.max(-100, Math.floor(lo / 20) * 20);
        double max = Math.min(100, Math.ceil(hi / 20) * 20);
        java.util.function.DoubleUnaryOperator y = v -> bottom + (v - min) / (max - min) * plotH;
        int count = Math.max(rows.size(), 1);
        java.util.function.IntToDoubleFunction x = i -> left + (count == 1 ? plotW / 2 : i * plotW / (count - 1));
        t.setLineWidth(0.4f);
        for (double g = min; g <= max + 0.01; g += 20) {
            t.setColorStroke(g == 0 ? GREY : LIGHT);
            t.moveTo(left, (float) y.applyAsDouble(g));
            t.lineTo(left + plotW, (float) y.applyAsDouble(g));
            t.stroke();
            text(t, String.format(Locale.ROOT, "%.0f", g), left - 4, (float) y.applyAsDouble(g) - 2.5f, 7, GREY,
                    Element.ALIGN_RIGHT);
        }
        t.setColorFill(new Color(0xD6, 0xE0, 0xF0));
        for (int i = 0; i + 1 < rows.size(); i++) {
            MetricValue a = rows.get(i).values().get("nps");
            MetricValue b = rows.get(i + 1).values().get("nps");
            if (a != null && b != null && a.low() != null && b.low() != null && a.high() != null && b.high() != null) {
                t.moveTo((float) x.applyAsDouble(i), (float) y.applyAsDouble(a.low()));
                t.lineTo((float) x.applyAsDouble(i + 1), (float) y.applyAsDouble(b.low()));
                t.lineTo((float) x.applyAsDouble(i + 1), (float) y.applyAsDouble(b.high()));
                t.lineTo((float) x.applyAsDouble(i), (float) y.applyAsDouble(a.high()));
                t.closePath();
                t.fill();
            }
        }
        UnitReport.Kpi npsKpi = report.kpi(ViewMetric.NPS);
        if (npsKpi != null && npsKpi.goal() != null) {
            double target = npsKpi.goal().goal().target();
            if (target >= min && target <= max) {
                t.setColorStroke(GOOD);
                t.setLineDash(3, 2, 0);
                t.moveTo(left, (float) y.applyAsDouble(target));
                t.lineTo(left + plotW, (float) y.applyAsDouble(target));
                t.stroke();
                t.setLineDash(0);
                text(t, msg(locale, "analytics.report.goalLine", number(target, ViewMetric.NPS)), left + plotW,
                        (float) y.applyAsDouble(target) + 2, 7, GOOD, Element.ALIGN_RIGHT);
            }
        }
        t.setColorStroke(ACCENT);
        t.setLineWidth(1.5f);
        boolean drawing = false;
        for (int i = 0; i < rows.size(); i++) {
            MetricValue v = rows.get(i).values().get("nps");
            if (v == null || v.value() == null) {
                drawing = false;
                continue;
            }
            float px = (float) x.applyAsDouble(i);
            float py = (float) y.applyAsDouble(v.value());
            if (drawing) {
                t.lineTo(px, py);
            } else {
                t.moveTo(px, py);
            }
            drawing = true;
        }
        t.stroke();
        DateTimeFormatter weekLabel = DateTimeFormatter.ofPattern("MM-dd");
        int every = Math.max(1, rows.size() / 8);
        for (int i = 0; i < rows.size(); i++) {
            MetricValue v = rows.get(i).values().get("nps");
            if (v != null && v.value() != null) {
                t.setColorFill(v.smallSample() ? GREY : ACCENT);
                t.circle((float) x.applyAsDouble(i), (float) y.applyAsDouble(v.value()), 2f);
                t.fill();
            }
            if (i % every == 0 && rows.get(i).start() != null) {
                text(t, weekLabel.format(rows.get(i).start()), (float) x.applyAsDouble(i), 6, 7, GREY, Element.ALIGN_CENTER);
            }
        }
        if (rows.isEmpty()) {
            text(t, msg(locale, "analytics.report.none"), left + plotW / 2, bottom + plotH / 2, 9, GREY, Element.ALIGN_CENTER);
        }
        return image(t);
    }

    /** The children's ranking metric as horizontal bars from the scale's zero (or its floor), coloured by band. */
    private Image barChart(PdfWriter writer, List<MetricRow> rows, ViewMetric metric, Locale locale) {
        List<MetricRow> shown = rows.stream().limit(MAX_BARS).toList();
        float rowH = 14;
        float labelW = 150;
        float valueW = 70;
        float width = 523;
        float height = shown.size() * rowH + 16;
        float plotW = width - labelW - valueW;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        double min = metric.min();
        double max = metric.max();
        double base = Math.max(min, 0);
        java.util.function.DoubleUnaryOperator x = v -> labelW + (v - min) / (max - min) * plotW;
        t.setColorStroke(GREY);
        t.setLineWidth(0.4f);
        t.moveTo((float) x.applyAsDouble(base), 12);
        t.lineTo((float) x.applyAsDouble(base), height);
        t.stroke();
        text(t, number(min, metric), labelW, 2, 7, GREY, Element.ALIGN_LEFT);
        text(t, number(max, metric), labelW + plotW, 2, 7, GREY, Element.ALIGN_RIGHT);
        for (int i = 0; i < shown.size(); i++) {
            MetricRow row = shown.get(i);
            MetricValue v = row.values().get(metric.code());
            float top = height - (i + 1) * rowH;
            text(t, shorten(row.label(), 24), labelW - 6, top + 4, 8, TEXT, Element.ALIGN_RIGHT);
            if (v == null || v.value() == null) {
                text(t, "—", labelW + plotW + 6, top + 4, 8, GREY, Element.ALIGN_LEFT);
                continue;
            }
            double from = Math.min(base, v.value());
            double to = Math.max(base, v.value());
            t.setColorFill(v.smallSample() ? GREY : colour(metric.band(v.value())));
            t.rectangle((float) x.applyAsDouble(from), top + 2, (float) (x.applyAsDouble(to) - x.applyAsDouble(from)), rowH - 4);
            t.fill();
            text(t, number(v.value(), metric) + "  n=" + v.n(), labelW + plotW + 6, top + 4, 8,
                    v.smallSample() ? GREY : TEXT, Element.ALIGN_LEFT);
        }
        return image(t);
    }

    private PdfPTable metricTable(List<MetricRow> rows, String firstColumn, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1, 1, 1, 1, 1.2f, 1});
        table.setWidthPercentage(100);
        List<String> head = new ArrayList<>(List.of(firstColumn));
        UnitReports.HEADLINE.forEach(m -> head.add(msg(locale, m.messageKey())));
        head.add("n");
        for (int i = 0; i < head.size(); i++) {
            table.addCell(cell(head.get(i), 7, GREY, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, LIGHT));
        }
        for (MetricRow row : rows.stream().limit(MAX_ROWS).toList()) {
            table.addCell(cell(row.label(), 8, TEXT, Element.ALIGN_LEFT, null));
            for (ViewMetric metric : UnitReports.HEADLINE) {
                MetricValue v = row.values().get(metric.code());
                boolean has = v != null && v.value() != null;
                table.addCell(cell(has ? number(v.value(), metric) : "—", 8,
                        !has || v.smallSample() ? GREY : colour(metric.band(v.value())), Element.ALIGN_RIGHT, null));
            }
            MetricValue responses = row.values().get("responses");
            long n = responses == null || responses.value() == null ? 0 : responses.value().longValue();
            table.addCell(cell(String.format(locale, "%,d", n), 8, GREY, Element.ALIGN_RIGHT, null));
        }
        return table;
    }

    private PdfPTable topicTable(List<UnitReport.NegativeTopic> topics, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {4, 1, 1});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell(msg(locale, "analytics.report.topic"), 7, GREY, Element.ALIGN_LEFT, LIGHT));
        table.addCell(cell(msg(locale, "analytics.report.negative"), 7, GREY, Element.ALIGN_RIGHT, LIGHT));
        table.addCell(cell(msg(locale, "analytics.report.mentions"), 7, GREY, Element.ALIGN_RIGHT, LIGHT));
        for (UnitReport.NegativeTopic topic : topics) {
            table.addCell(cell(topic.name(), 8, TEXT, Element.ALIGN_LEFT, null));
            table.addCell(cell(String.valueOf(topic.negative()), 8, BAD, Element.ALIGN_RIGHT, null));
            table.addCell(cell(String.valueOf(topic.mentions()), 8, GREY, Element.ALIGN_RIGHT, null));
        }
        return table;
    }

    private PdfPCell cell(String text, float size, Color colour, int align, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(fonts.drawable(text), font(size, colour)));
        cell.setHorizontalAlignment(align);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xDE, 0xE2, 0xE6));
        cell.setPaddingBottom(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private void text(PdfContentByte canvas, String text, float x, float y, float size, Color colour, int align) {
        canvas.beginText();
        canvas.setFontAndSize(fonts.font(), size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(align, fonts.drawable(text), x, y, 0);
        canvas.endText();
    }

    private static Image image(PdfTemplate template) {
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private Font font(float size, Color colour) {
        return new Font(fonts.font(), size, Font.NORMAL, colour);
    }

    private static Color colour(String band) {
        return switch (band) {
            case "good" -> GOOD;
            case "mid" -> MID;
            case "bad" -> BAD;
            default -> GREY;
        };
    }

    private static String number(Double value, ViewMetric metric) {
        return value == null ? "—" : String.format(Locale.ROOT, "%." + metric.decimals() + "f", value);
    }

    private static String signed(double value, ViewMetric metric) {
        return (value >= 0 ? "+" : "") + String.format(Locale.ROOT, "%." + metric.decimals() + "f", value);
    }

    private static String shorten(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
