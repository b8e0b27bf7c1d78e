package org.opencem.analytics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator sets the index weights (a wrong one comes back beside its field, as typed) and checks the rollups. */
@OpenCemTest
class AnalyticsSettingsBrowserTest {

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;

    @Test
    void weightsAreCheckedBesideTheFieldAndRollupsCanBeRebuilt() {
        TestFixtures.Chain chain = fixtures.chain();
        try (Browser browser = Browser.launch()) {
            Page admin = browser.person("zh-CN", 1366, 900);
            admin.navigate(url("/login"));
            admin.fill("#username", chain.admin().username());
            admin.fill("#password", TestFixtures.PASSWORD);
            admin.click("button[type=submit]");
            admin.waitForURL(Pattern.compile(".*/$"));

            admin.navigate(url("/settings/analytics"));
            assertThat(admin.locator("#weight-nps")).hasValue("0.4");
            admin.fill("#weight-nps", "1.5");
            admin.click("#metric-settings button[type=submit]");
            assertThat(admin.locator("#weight-nps")).hasValue("1.5");
            assertThat(admin.locator("#weight-nps + .field-error")).hasText("权重是 0 到 1 之间的数。");
            Browser.screenshot(admin, "metrics-settings-error");

            admin.fill("#weight-nps", "0.5");
            admin.click("#metric-settings button[type=submit]");
            assertThat(admin.locator("#metric-settings .alert-success")).isVisible();

            admin.click("#rollups button:has-text('从反馈记录重建')");
            assertThat(admin.locator("#rollups .alert")).containsText("重建前有 0 行");
            Browser.screenshot(admin, "metrics-settings-rebuilt");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
