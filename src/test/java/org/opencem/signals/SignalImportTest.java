package org.opencem.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OpenCemTest
class SignalImportTest {

    /** Line 4: unknown store; line 5: not a time; lines 6–7: one quoted row over two lines; line 8: not a rating. */
    static final String CSV = """
            评价ID,门店,时间,评分,标题,评价内容,昵称
            dp-1,S001,2026-11-02 12:30,2,慢,上菜太慢了,小王
            dp-2,S002,2026-11-02 13:00,5,好,服务热情,小李
            dp-3,S999,2026-11-02 13:10,4,,一般,小张
            dp-4,S001,not a time,3,,还行,小赵
            dp-5,S003,2026/11/03 18:00,4.0,"好吃,实惠","两行
            内容",小钱
            dp-6,S001,2026-11-04 12:00,六,,x,小孙
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedbackDispatcher dispatcher;

    TestFixtures.Chain chain;
    SignIn.Session admin;

    @BeforeEach
    void setUp() throws Exception {
        chain = fixtures.chain();
        admin = SignIn.as(mvc, chain.admin().username());
    }

    @Test
    void importsACsvKeepingTheGoodRowsAndReportingTheBadOnesByLine() throws Exception {
        UUID id = upload("reviews.csv", CSV.getBytes(StandardCharsets.UTF_8));
        Document mapping = page("/signals/import/" + id + "/mapping");
        assertThat(selected(mapping, 0)).isEqualTo("externalId");
        assertThat(selected(mapping, 1)).isEqualTo("store");
        assertThat(selected(mapping, 2)).isEqualTo("occurredAt");
        assertThat(selected(mapping, 3)).isEqualTo("rating");
        assertThat(selected(mapping, 5)).isEqualTo("text");
        assertThat(selected(mapping, 6)).isEqualTo("author");

        Document done = start(id, mapping);
        assertThat(done.select(".kpi .value").eachText()).containsExactly("3", "0", "0", "3");
        assertThat(done.select(".import-errors tbody tr td:first-child").eachText()).containsExactly("4", "5", "8");
        assertThat(done.select(".import-errors").text()).contains("S999", "not a time");
        assertThat(jdbc.sql("select body from signal_record where tenant_id = ? and external_id = 'dp-5'")
                .param(chain.tenant().id()).query(String.class).single()).isEqualTo("两行\n内容");
        assertThat(jdbc.sql("select csat from feedback_record where tenant_id = ? order by csat").param(chain.tenant().id())
                .query(Integer.class).list()).containsExactly(2, 4, 5);
    }

    @Test
    void importingAgainUpdatesWhatChangedAndRemembersTheMapping() throws Exception {
        UUID first = upload("reviews.csv", CSV.getBytes(StandardCharsets.UTF_8));
        start(first, page("/signals/import/" + first + "/mapping"));
        dispatcher.dispatchPending();

        String edited = CSV.replace("dp-1,S001,2026-11-02 12:30,2,慢,上菜太慢了", "dp-1,S001,2026-11-02 12:30,4,改了,后来好了");
        UUID second = upload("reviews-2.csv", edited.replace("评价ID", "评价ID ").getBytes(StandardCharsets.UTF_8));
        Document mapping = page("/signals/import/" + second + "/mapping");
        assertThat(selected(mapping, 4)).isEqualTo("title");
        Document done = start(second, mapping);
        dispatcher.dispatchPending();

        assertThat(done.select(".kpi .value").eachText()).containsExactly("0", "1", "2", "3");
        assertThat(jdbc.sql("select count(*) from feedback_record where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isEqualTo(3);
        Map<String, Object> csat = jdbc.sql("select " + SignalApiTest.CSAT_SUMS + " from metric_rollup where tenant_id = ?")
                .param(chain.tenant().id()).query().singleRow();
        assertThat(((Number) csat.get("n")).intValue()).isEqualTo(3);
        assertThat(((Number) csat.get("total")).intValue()).isEqualTo(4 + 5 + 4);
    }

    @Test
    void importsTheFirstSheetOfAnExcelWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "OpenCEM test", "1.0");
        Worksheet sheet = workbook.newWorksheet("点评");
        List<String> header = List.of("Review ID", "Store Code", "Date", "Stars", "Review");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, "app-1");
        sheet.value(1, 1, "S001");
        sheet.value(1, 2, LocalDateTime.of(2026, 11, 5, 9, 15));
        sheet.style(1, 2).format("yyyy-mm-dd hh:mm").set();
        sheet.value(1, 3, 1);
        sheet.value(1, 4, "App keeps crashing at checkout");
        sheet.value(2, 0, "app-2");
        sheet.value(2, 1, "S404");
        sheet.value(2, 2, LocalDateTime.of(2026, 11, 5, 10, 0));
        sheet.style(2, 2).format("yyyy-mm-dd hh:mm").set();
        sheet.value(2, 3, 5);
        sheet.value(2, 4, "Love it");
        workbook.finish();

        UUID id = upload("appstore.xlsx", out.toByteArray());
        Document mapping = page("/signals/import/" + id + "/mapping");
        assertThat(selected(mapping, 3)).isEqualTo("rating");
        Document done = start(id, mapping);

        assertThat(done.select(".kpi .value").eachText()).as(done.select(".import-errors").text()).containsExactly("1", "0", "0", "1");
        assertThat(done.select(".import-errors tbody tr td:first-child").eachText()).containsExactly("3");
        assertThat(jdbc.sql("select occurred_at from signal_record where tenant_id = ? and external_id = 'app-1'")
                .param(chain.tenant().id()).query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-11-05T01:15:00Z"));
    }

    @Test
    void aMappingWithoutTheRequiredFieldsIsRefusedBesideTheFields() throws Exception {
        UUID id = upload("reviews.csv", CSV.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(post("/signals/import/{id}/mapping", id).with(admin).with(csrf())
                        .param("column0", "externalId").param("column5", "text"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".mapping-error").eachText()).hasSize(2);
        assertThat(importStatus(id)).isEqualTo("MAPPING");

        SignIn.Session otherTenant = SignIn.as(mvc, fixtures.chain().admin().username());
        mvc.perform(get("/signals/import/{id}", id).with(otherTenant)).andExpect(status().isNotFound());
        SignIn.Session storeManager = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/signals/import/{id}", id).with(storeManager)).andExpect(status().isNotFound());
    }

    private UUID upload(String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/signals/import").file(new MockMultipartFile("file", name, null, content))
                        .param("source", "REVIEW").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/mapping");
        return UUID.fromString(location.split("/")[3]);
    }

    private Document start(UUID id, Document mapping) throws Exception {
        MockHttpServletRequestBuilder post = post("/signals/import/{id}/mapping", id).with(admin).with(csrf());
        mapping.select(".mapping-table select").forEach(select -> post.param(select.attr("name"), select.select("option[selected]").val()));
        mvc.perform(post).andExpect(status().is3xxRedirection());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"DONE".equals(importStatus(id)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Document progress = page("/signals/import/" + id);
        assertThat(progress.select("#import-progress").attr("data-status")).isEqualTo("DONE");
        return progress;
    }

    private String importStatus(UUID id) {
        return jdbc.sql("select status from signal_import where tenant_id = ? and id = ?").params(chain.tenant().id(), id)
                .query(String.class).single();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String selected(Document mapping, int column) {
        return mapping.select("select[name=column" + column + "] option[selected]").val();
    }
}
