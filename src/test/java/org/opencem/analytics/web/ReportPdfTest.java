package org.opencem.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF report: read back with PDFBox, its text holds the units and their figures; page one is rendered to look at. */
@OpenCemTest
class ReportPdfTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PdfFonts fonts;

    @Test
    void theRegionsReportNamesItsStoresWithTheirFiguresInChinese() throws Exception {
        AnalyticsData.World world = AnalyticsData.of(context).world();
        TestFixtures.Chain chain = world.chain();
        String query = "?" + AnalyticsData.PERIOD + "&metric=nps&unit=" + chain.east().id();
        String json = mvc.perform(get("/api/v1/analytics/hierarchy" + query)
                        .with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Number> values = JsonPath.read(json, "$.rows[?(@.unit.code == 'S001')].values.nps.value");
        double storeANps = values.get(0).doubleValue();

        byte[] pdf = mvc.perform(get("/analytics/report.pdf" + query).locale(Locale.SIMPLIFIED_CHINESE)
                        .with(SignIn.as(mvc, chain.cx().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(fonts.hasCjk()).as("CI installs fonts-noto-cjk").isTrue();
            assertThat(text).contains("华东大区").contains("客户体验报告").contains("上海南京西路店").contains("杭州西湖店")
                    .contains(String.format(Locale.ROOT, "%.1f", storeANps)).contains("2026-03-02")
                    .doesNotContain("成都春熙路店");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 90);
            Path out = Path.of("target/screenshots/report-pdf-page1.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
        }

        mvc.perform(get("/api/v1/analytics/report.pdf?" + AnalyticsData.PERIOD + "&unit=" + chain.east().id())
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
