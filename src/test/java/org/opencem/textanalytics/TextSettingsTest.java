package org.opencem.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Page;

@OpenCemTest
class TextSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords records;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SentimentModels sentimentModels;
    @Autowired
    TextCorrections corrections;
    @LocalServerPort
    int port;

    private static FeedbackRecord record(TestFixtures.Chain chain, OrgUnit unit, int nps, String comment) {
        return new FeedbackRecord(chain.tenant().id(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), unit.id(), null,
                "LINK", null, OffsetDateTime.now(), nps, null, null, comment, null, Map.of(), null);
    }

    /** Promoters and detractors in this tenant's own words. */
    private List<FeedbackRecord> history(TestFixtures.Chain chain) {
        List<FeedbackRecord> history = new ArrayList<>();
        String[] dishes = {"牛肉面", "小笼包", "炒饭", "酸辣汤", "烤鸭", "炸鸡", "奶茶", "馄饨", "锅贴", "凉面"};
        for (String dish : dishes) {
            for (String praise : List.of("很好吃", "味道正宗", "服务热情")) {
                history.add(record(chain, chain.storeA(), 10, dish + praise));
            }
            for (String complaint : List.of("太难吃了", "上菜很慢", "又冷又咸")) {
                history.add(record(chain, chain.storeA(), 2, dish + complaint));
            }
        }
        transaction.executeWithoutResult(s -> records.recordAll(history));
        return history;
    }

    @Test
    void adminsSeeTheModelRetrainAndEditTopics() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        mvc.perform(get("/settings/text").with(admin).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Built-in baseline")))
                .andExpect(content().string(containsString("service.speed")))
                .andExpect(content().string(containsString("No failed analyses")));
        mvc.perform(get("/settings/text").with(SignIn.as(mvc, chain.cx().username()))).andExpect(status().isForbidden());

        mvc.perform(post("/settings/text/topics").with(admin).with(csrf()).header("HX-Request", "true").header("Accept-Language", "en")
                        .param("code", "service.parking").param("nameZh", "停车").param("nameEn", "Parking")
                        .param("keywordsZh", "停车，车位").param("keywordsEn", "parking"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("service.parking")))
                .andExpect(content().string(containsString("车位")));
        mvc.perform(post("/settings/text/topics").with(admin).with(csrf()).header("HX-Request", "true").header("Accept-Language", "en")
                        .param("code", "Bad Code").param("nameZh", "坏").param("nameEn", "Bad"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("lower-case words joined by dots")))
                .andExpect(content().string(containsString("value=\"Bad Code\"")));

        history(chain);
        mvc.perform(post("/settings/text/retrain").with(admin).with(csrf()).header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trained on your comments")))
                .andExpect(content().string(not(containsString("Built-in baseline"))));
        ModelInfo model = sentimentModels.current(chain.tenant().id());
        assertThat(model.trained()).isTrue();
        assertThat(model.examples()).isEqualTo(60);
        assertThat(model.heldOutAccuracy()).isNotNull();
    }

    @Test
    void peopleCorrectCommentsTheyMaySeeOnly() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        FeedbackRecord mine = record(chain, chain.storeA(), 9, "还行吧，下次再说");
        FeedbackRecord elsewhere = record(chain, chain.storeC(), 9, "一般般");
        FeedbackRecord foreign = record(other, other.storeA(), 9, "一般般");
        transaction.executeWithoutResult(s -> records.recordAll(List.of(mine, elsewhere, foreign)));
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());

        mvc.perform(post("/text/corrections/" + mine.id()).with(manager).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "en").param("kind", "SENTIMENT").param("label", "negative"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Corrected: Negative")));
        assertThat(corrections.find(chain.tenant().id(), mine.id(), "SENTIMENT")).get()
                .extracting(TextCorrections.Correction::label, TextCorrections.Correction::text)
                .containsExactly("negative", "还行吧，下次再说");

        mvc.perform(post("/text/corrections/" + elsewhere.id()).with(manager).with(csrf())
                .param("kind", "SENTIMENT").param("label", "negative")).andExpect(status().isNotFound());
        mvc.perform(post("/text/corrections/" + foreign.id()).with(manager).with(csrf())
                .param("kind", "SENTIMENT").param("label", "negative")).andExpect(status().isNotFound());
        assertThat(corrections.all(other.tenant().id(), "SENTIMENT")).isEmpty();

        mvc.perform(post("/api/v1/text/corrections").with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\": \"" + mine.id() + "\", \"kind\": \"TOPIC\", \"label\": \"no.such.topic\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/text/analyze").with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"服务员态度很差，我要打12315投诉\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentiment").value("NEGATIVE"))
                .andExpect(jsonPath("$.flags[0]").value("REGULATOR"));
    }

    @Test
    void theSettingsPageInABrowser() {
        TestFixtures.Chain chain = fixtures.chain();
        history(chain);
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1440, 900);
            page.navigate("http://localhost:" + port + "/login");
            page.fill("#username", chain.admin().username());
            page.fill("#password", TestFixtures.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL("http://localhost:" + port + "/");
            page.navigate("http://localhost:" + port + "/settings/text");
            Browser.screenshot(page, "text-settings-baseline");
            page.click("#retrain");
            page.waitForSelector("#text-model .alert-success");
            assertThat(page.textContent("#model-kind")).contains("基于本企业评论训练");
            Browser.screenshot(page, "text-settings-trained");
        }
    }
}
