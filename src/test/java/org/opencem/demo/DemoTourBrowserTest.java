package org.opencem.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.browser.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A newcomer's first look at the demo: head office sees every store, a store manager only theirs. */
@OpenCemTest
@TestPropertySource(properties = "opencem.demo.enabled=true")
class DemoTourBrowserTest {

    @LocalServerPort int port;

    @Test
    void headOfficeComparesStoresAndAStoreManagerSeesOnlyTheirStore() {
        try (Browser browser = Browser.launch()) {
            Page admin = browser.person("zh-CN", 1366, 900);
            signIn(admin, "admin");
            assertThat(admin.locator("#children-table tbody tr")).hasCount(3);
            Browser.screenshot(admin, "demo-01-overview-hq");
            admin.click("#children-table tr[data-unit=EAST] a");
            assertThat(admin.locator("#children-table tbody tr")).hasCount(4);
            Browser.screenshot(admin, "demo-02-overview-east");
            admin.navigate(url("/cases?tab=OPEN"));
            Browser.screenshot(admin, "demo-03-cases-open");
            admin.click(".case-row >> nth=0");
            Browser.screenshot(admin, "demo-04-case");
            admin.navigate(url("/responses?detractors=true"));
            Browser.screenshot(admin, "demo-05-detractors");
            admin.navigate(url("/surveys"));
            Browser.screenshot(admin, "demo-06-surveys");
            admin.navigate(url("/journeys"));
            admin.click("table a >> nth=0");
            Browser.screenshot(admin, "demo-07-journey");

            Page manager = browser.person("zh-CN", 390, 844);
            signIn(manager, "sh001");
            assertThat(manager.locator(".page-head h1")).hasText("上海南京西路店");
            assertThat(manager.locator("#children-table")).hasCount(0);
            assertThat(manager.locator("#unit-picker")).hasCount(0);
            Browser.screenshot(manager, "demo-08-store-manager-phone");
            manager.navigate(url("/cases"));
            assertThat(manager.locator(".case-row").first()).containsText("上海南京西路店");
            Browser.screenshot(manager, "demo-09-store-manager-cases");
            manager.navigate(url("/org"));
            assertThat(manager.locator("body")).not().containsText("重庆解放碑店");
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
