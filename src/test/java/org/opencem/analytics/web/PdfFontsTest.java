package org.opencem.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.UnitRef;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.UnitReport;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A machine without any CJK font still makes the report: Chinese becomes "?", and the report says why. */
class PdfFontsTest {

    @Test
    void withoutACjkFontTheReportIsMadeInHelveticaAndSaysWhy() throws Exception {
        PdfFonts fonts = new PdfFonts(List.of("/nowhere/NotoSansCJK-Regular.ttc,2", "/nowhere/msyh.ttc,0"));
        assertThat(fonts.hasCjk()).isFalse();
        assertThat(fonts.drawable("上海南京西路店 NPS 42.5")).isEqualTo("??????? NPS 42.5");

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/analytics", "i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        MetricValue nps = new MetricValue("nps", MetricValue.Availability.AVAILABLE, 42.5, 120, 30.0, 55.0, false,
                Map.of(), null, null);
        MetricRow store = new MetricRow(UUID.randomUUID().toString(), "上海南京西路店", null, null, Map.of("nps", nps));
        DateRange period = DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
        UnitReport report = new UnitReport(new UnitRef(UUID.randomUUID(), "EAST", "华东大区", "REGION"), period,
                period.previous(), 30, List.of(new UnitReport.Kpi(ViewMetric.NPS, nps, null)), List.of(), List.of(store),
                List.of(), List.of(), 120);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportPdf(fonts, messages).write(report, "华东大区 East", ViewMetric.NPS, Locale.ENGLISH, LocalDate.of(2026, 3, 30), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("???? East").contains("42.5").contains("No Chinese font was found");
        }
    }
}
