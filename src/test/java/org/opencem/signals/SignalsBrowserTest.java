package org.opencem.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.journey.Journeys;
import org.opencem.signals.internal.TopicMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The signals screens in Chromium: rules, upload with mapping and progress, the list, dead letters. */
@OpenCemTest
class SignalsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Journeys journeys;
    @Autowired
    TopicMessages topic;

    @Test
    void importsReviewsAndShowsThem() {
        TestFixtures.Chain chain = fixtures.chain();
        var journey = journeys.createJourney(chain.tenant().id(), "用餐", null);
        var stage = journeys.addStage(chain.tenant().id(), journey.id(), "上菜");
        journeys.addTouchpoint(chain.tenant().id(), stage.id(), "上菜速度", chain.kitchen().id());
        topic.take(new TopicMessages.Origin("opencem.signals", 0, 4711), """
                {"tenant":"%s","source":"REVIEW","externalId":"mt-9","store":"SH999","occurredAt":"2026-11-06 12:00","rating":1,"text":"太慢"}"""
                .formatted(chain.tenant().code()));
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1366, 860);
            page.navigate(url("/login"));
            page.fill("#username", chain.admin().username());
            page.fill("#password", TestFixtures.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));

            page.navigate(url("/signals"));
            assertThat(page.locator(".empty-state")).isVisible();
            Browser.screenshot(page, "signals-empty");

            page.navigate(url("/signals/rules"));
            page.selectOption("#rule-source", "REVIEW");
            page.fill("#rule-keyword", "慢");
            page.locator("#rule-touchpoint").selectOption(page.locator("#rule-touchpoint option").nth(1).getAttribute("value"));
            page.click("#rule-form button[type=submit]");
            assertThat(page.locator(".rules-table tbody tr")).hasCount(1);
            Browser.screenshot(page, "signals-rules");

            page.navigate(url("/signals/import"));
            page.setInputFiles("#import-file", new FilePayload("大众点评-11月.csv", "text/csv",
                    SignalImportTest.CSV.getBytes(StandardCharsets.UTF_8)));
            page.click("#upload-form button[type=submit]");
            page.waitForURL(u -> u.endsWith("/mapping"));
            assertThat(page.locator("#column1")).hasValue("store");
            Browser.screenshot(page, "signals-mapping");
            page.click("#mapping-form button[type=submit]");
            assertThat(page.locator("#import-progress")).hasAttribute("data-status", "DONE");
            assertThat(page.locator(".import-errors tbody tr")).hasCount(3);
            Browser.screenshot(page, "signals-import-done");

            page.click("text=查看数据");
            assertThat(page.locator(".signals-table tbody tr")).hasCount(3);
            Browser.screenshot(page, "signals-list");
            page.locator(".signals-table tbody tr a").first().click();
            assertThat(page.locator(".signal-original")).containsText("评价ID");
            Browser.screenshot(page, "signals-detail");

            page.navigate(url("/signals/dead-letters"));
            assertThat(page.locator(".dead-letter-table tbody tr")).hasCount(1);
            Browser.screenshot(page, "signals-dead-letters");

            Page english = browser.person("en", 1366, 860);
            english.navigate(url("/login"));
            english.fill("#username", chain.cx().username());
            english.fill("#password", TestFixtures.PASSWORD);
            english.click("button[type=submit]");
            english.waitForURL(url("/"));
            english.navigate(url("/signals/import"));
            assertThat(english.locator(".uploads-table tbody tr")).hasCount(1);
            Browser.screenshot(english, "signals-import-en");

            Page phone = browser.person("zh-CN", 390, 844);
            phone.navigate(url("/login"));
            phone.fill("#username", chain.storeAManager().username());
            phone.fill("#password", TestFixtures.PASSWORD);
            phone.click("button[type=submit]");
            phone.waitForURL(url("/"));
            phone.navigate(url("/signals"));
            assertThat(phone.locator(".signals-table tbody tr")).hasCount(1);
            Browser.screenshot(phone, "signals-list-phone");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
