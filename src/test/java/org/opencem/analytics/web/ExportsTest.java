package org.opencem.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.identity.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Responses and view tables as CSV and XLSX, read back; and that scope and tenant bound every export. */
@OpenCemTest
class ExportsTest {

    private static final String PERIOD = AnalyticsData.PERIOD;

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired ApplicationContext context;

    AnalyticsData.World world;
    TestFixtures.Chain chain;

    @BeforeEach
    void world() {
        world = AnalyticsData.of(context).world();
        chain = world.chain();
    }

    @Test
    void aStoreManagersResponsesXlsxHoldsOnlyTheirStoreWithNumbersAsNumbersAndAFrozenBoldHeader() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/exports/responses?format=xlsx&" + PERIOD).with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"responses.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<Row> rows = read(xlsx);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("occurred_at");
        List<Row> data = rows.subList(1, rows.size());
        // four weeks of 6 dining, 4 serving and 1 ordering answers
        assertThat(data).hasSize(44);
        assertThat(data).allSatisfy(row -> assertThat(row.getCellText(4)).isEqualTo("S001"));
        assertThat(data).extracting(row -> row.getCellText(8)).contains("上菜", "就餐", "点餐");
        Row dining = data.stream().filter(r -> r.getCellText(12).equals("等菜太久，体验很差")).findFirst().orElseThrow();
        assertThat(dining.getCell(9).getType()).isEqualTo(CellType.NUMBER);
        assertThat(dining.getCellAsNumber(9)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(2));
        assertThat(dining.getCellText(14)).isEqualTo("NEGATIVE");
        // the time a date a spreadsheet can sort and filter by, shown to the second
        assertThat(dining.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(dining.getCellAsDate(0)).hasValueSatisfying(time -> assertThat(time.getHour()).isEqualTo(12));
        assertThat(dining.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
        Row slow = data.stream().filter(r -> r.getCellText(12).equals(AnalyticsData.SLOW_COMMENT)).findFirst().orElseThrow();
        assertThat(slow.getCellText(16)).as(slow.toString()).isNotBlank().doesNotContain("service.speed");
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(entry(xlsx, "xl/styles.xml")).contains("<b");
    }

    @Test
    void theCxManagersCsvByAcceptHeaderHoldsEveryStoreAndTheConsoleButtonGivesTheSame() throws Exception {
        String csv = mvc.perform(get("/api/v1/exports/responses?" + PERIOD).header("Accept", "text/csv")
                        .with(as(chain.cx())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFoccurred_at,record_id");
        assertThat(lines.get(1)).matches("\\d{4}-\\d{2}-\\d{2} 12:30:00,.*");
        assertThat(lines).hasSize(1 + 4 * 44);
        assertThat(lines.stream().filter(l -> l.contains(",S003,")).count()).isEqualTo(44);

        byte[] xlsx = mvc.perform(get("/exports/responses?format=xlsx&detractors=true&" + PERIOD + "&unit=" + chain.storeA().id())
                        .with(org.opencem.SignIn.as(mvc, chain.cx().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Row> detractors = read(xlsx);
        assertThat(detractors.subList(1, detractors.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getCellAsNumber(9).orElseThrow().intValue()).isLessThanOrEqualTo(6))
                .allSatisfy(row -> assertThat(row.getCellText(4)).isEqualTo("S001"));
    }

    @Test
    void noExportCrossesAScopeOrATenant() throws Exception {
        mvc.perform(get("/api/v1/exports/responses?format=csv&" + PERIOD + "&unit=" + chain.storeB().id())
                        .with(as(chain.storeAManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/analytics/hierarchy?format=xlsx&" + PERIOD + "&unit=" + chain.east().id())
                        .with(as(chain.storeAManager())))
                .andExpect(status().isNotFound());

        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/exports/responses?format=xlsx&" + PERIOD + "&unit=" + chain.storeA().id())
                        .with(as(other.admin())))
                .andExpect(status().isNotFound());
        byte[] theirs = mvc.perform(get("/api/v1/exports/responses?format=xlsx&" + PERIOD).with(as(other.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(theirs)).hasSize(1);
        mvc.perform(get("/api/v1/exports/responses?format=pdf&" + PERIOD).with(as(chain.cx())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyViewTableDownloadsAsXlsxFromThePageAndTheApi() throws Exception {
        byte[] league = mvc.perform(get("/api/v1/analytics/hierarchy?format=xlsx&metric=nps&sort=nps&dir=asc&" + PERIOD
                        + "&unit=" + chain.east().id()).with(as(chain.cx())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Row> rows = read(league);
        assertThat(rows).extracting(r -> r.getCellText(0)).containsExactly("unit_code", "S001", "S002");
        int nps = rows.get(0).stream().map(c -> c.getText()).toList().indexOf("nps");
        assertThat(rows.get(1).getCell(nps).getType()).isEqualTo(CellType.NUMBER);

        byte[] byAccept = mvc.perform(get("/api/v1/analytics/compare?" + PERIOD + "&table=segments&by=channel")
                        .header("Accept", ExportFormat.XLSX_TYPE).with(as(chain.cx())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(byAccept)).extracting(r -> r.getCellText(1)).contains("segment", "QR", "LINK");

        var session = org.opencem.SignIn.as(mvc, chain.cx().username());
        for (String table : List.of("hierarchy", "journey", "touchpoint", "touchpoint-distribution", "drivers",
                "compare-periods", "compare-segments", "goals")) {
            byte[] file = mvc.perform(get("/analytics/" + table + ".xlsx?" + PERIOD).with(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(read(file)).as(table).isNotEmpty();
        }
        String json = mvc.perform(get("/api/v1/analytics/hierarchy?" + PERIOD).with(as(chain.cx())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.filter.unit.code")).isEqualTo("HQ");
    }

    static List<Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return new ArrayList<>(rows.toList());
            }
        }
    }

    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }

}
