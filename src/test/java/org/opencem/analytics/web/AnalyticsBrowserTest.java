package org.opencem.analytics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.browser.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Head office drills from the chain to one store's 上菜 cell in the journey heatmap and reads its
 * comments, then looks at every analytics view; each is saved as a screenshot.
 */
@OpenCemTest
@TestPropertySource(properties = "opencem.demo.enabled=true")
class AnalyticsBrowserTest {

    @LocalServerPort int port;

    @Test
    void drillsFromTheChainToAStoresServingCellAndItsComments() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1440, 900);
            page.navigate(url("/login"));
            page.fill("#username", "admin");
            page.fill("#password", "demo1234");
            page.click("button[type=submit]");
            page.waitForURL(Pattern.compile(".*/$"));

            page.click("#sidebar a[href='/analytics']");
            assertThat(page.locator("#league-table tbody tr")).hasCount(3);
            Browser.screenshot(page, "analytics-01-hierarchy-chain");
            page.click("#league-table tr[data-unit=EAST] a");
            assertThat(page.locator("#league-table tbody tr")).hasCount(4);
            assertThat(page).hasURL(Pattern.compile(".*/analytics/hierarchy\\?unit=.*"));
            Browser.screenshot(page, "analytics-02-hierarchy-east");

            page.navigate(url("/analytics/journey?static=1"));
            assertThat(page.locator("#heatmap tbody tr")).hasCount(4);
            page.click("#heatmap tr[data-unit=EAST] th a");
            assertThat(page.locator("#heatmap tbody tr")).hasCount(5);
            page.click("#heatmap tr[data-unit=SH001] td[data-touchpoint='上菜'] a");
            assertThat(page.locator("#cell-panel .card-header")).hasText("上海南京西路店 · 上菜");
            assertThat(page.locator("#cell-panel .comment").first()).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/analytics/journey\\?.*cell=.*tp=.*"));
            Browser.screenshot(page, "analytics-03-journey-serving-cell");

            page.click("#cell-panel a[href*='/analytics/touchpoint']");
            assertThat(page.locator(".page-head h1")).hasText("上菜");
            page.waitForSelector("[data-chart=trend] canvas");
            Browser.screenshot(page, "analytics-04-touchpoint-serving");

            page.navigate(url("/analytics/drivers?static=1"));
            assertThat(page.locator("#drivers-table tbody tr").first()).isVisible();
            page.waitForSelector("[data-chart=quadrant] canvas");
            Browser.screenshot(page, "analytics-05-drivers");

            page.navigate(url("/analytics/compare?static=1"));
            assertThat(page.locator("#periods-table tbody tr")).hasCount(5);
            Browser.screenshot(page, "analytics-06-compare");

            page.navigate(url("/analytics/goals"));
            page.selectOption("#goal-metric", "nps");
            page.fill("#goal-target", "40");
            page.click("#goal-form button[type=submit]");
            assertThat(page.locator("#goals-table tbody tr")).hasCount(1,
                    new LocatorAssertions.HasCountOptions().setTimeout(30_000));
            Browser.screenshot(page, "analytics-07-goals");
            page.navigate(url("/analytics/hierarchy?metric=nps&static=1"));
            assertThat(page.locator("#totals .goal-chip")).hasCount(1);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
