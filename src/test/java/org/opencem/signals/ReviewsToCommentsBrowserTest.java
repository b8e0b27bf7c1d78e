package org.opencem.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.feedback.FeedbackDispatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a review export to the comment explorer, in Chromium: upload, watch the progress bar
 * finish, and find the complaint about slow serving under its topic at its store.
 */
@OpenCemTest
class ReviewsToCommentsBrowserTest {

    static final String REVIEWS = """
            评价ID,门店,时间,评分,评价内容
            dp-101,S001,%1$s 12:10,1,上菜太慢了，等了四十分钟菜还没上齐
            dp-102,S002,%1$s 12:40,5,服务很热情，菜品口味也很好
            dp-103,S003,%1$s 18:05,4,环境干净，价格实惠
            dp-104,S002,%1$s 19:20,2,排队太久，服务员态度一般
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackDispatcher dispatcher;

    @Test
    void anUploadedComplaintAboutSlowServingIsFoundUnderItsTopicAtItsStore() {
        TestFixtures.Chain chain = fixtures.chain();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1440, 900);
            page.navigate(url("/login"));
            page.fill("#username", chain.cx().username());
            page.fill("#password", TestFixtures.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));

            page.navigate(url("/signals/import"));
            page.setInputFiles("#import-file", new FilePayload("点评导出.csv", "text/csv",
                    REVIEWS.formatted(yesterday).getBytes(StandardCharsets.UTF_8)));
            page.click("#upload-form button[type=submit]");
            page.waitForURL(u -> u.endsWith("/mapping"));
            page.click("#mapping-form button[type=submit]");
            assertThat(page.locator(".import-bar")).isVisible();
            assertThat(page.locator("#import-progress")).hasAttribute("data-status", "DONE");
            assertThat(page.locator(".import-bar .progress-bar")).hasText("100%");
            Browser.screenshot(page, "reviews-import-done");

            // the comments are read by text analytics as they are handed on
            dispatcher.dispatchPending();
            page.click("a.nav-sub[href='/feedback/comments']");
            page.locator("#f-topic").selectOption(new SelectOption().setLabel("出餐速度"));
            assertThat(page.locator("#comment-results .topic-chip").first()).isVisible();
            page.locator("#f-sentiment").selectOption("NEGATIVE");
            Locator item = page.locator("#comment-results .comment-item").filter(new Locator.FilterOptions().setHasText("上菜太慢了"));
            assertThat(item.locator(".comment-unit")).hasText("上海南京西路店");
            assertThat(item.locator(".sentiment-dot")).hasText("负面");
            assertThat(item.locator(".topic-chip", new Locator.LocatorOptions().setHasText("出餐速度"))).hasCount(1);
            page.fill("#f-q", "上菜慢");
            page.press("#f-q", "Enter");
            assertThat(page.locator("#comment-results .comment-item")).hasCount(1);
            assertThat(page.locator("#comment-results mark").first()).hasText("上菜");
            page.waitForURL(u -> u.contains("q=") && u.contains("sentiment=NEGATIVE"));
            Browser.screenshot(page, "comments-slow-serving");

            page.navigate(url("/feedback/comments"));
            Browser.screenshot(page, "comments-explorer");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
