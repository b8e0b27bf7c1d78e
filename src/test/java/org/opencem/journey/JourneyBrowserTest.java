package org.opencem.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey map in a real browser (Debian's Chromium): built in place with htmx, screenshots in
 * target/screenshots. Skipped where there is no Chromium.
 */
@OpenCemTest
class JourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Journeys journeys;

    @Test
    void buildsAJourneyMapInPlace() {
        TestFixtures.Chain chain = fixtures.chain();
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1440, 900);
            page.navigate(url("/login"));
            page.fill("#username", chain.cx().username());
            page.fill("#password", TestFixtures.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));

            page.navigate(url("/journeys"));
            Browser.screenshot(page, "journeys-empty");
            page.fill("#journey-name", "用餐 Dining");
            page.fill("#journey-description", "从线上订座到离店的完整用餐体验");
            page.click("#journey-create button[type=submit]");
            page.waitForURL(u -> u.contains("/journeys/0"));

            for (String stage : List.of("线上预约", "前往餐厅", "排队等候", "点餐", "上菜", "付款")) {
                page.fill("#jm-new-stage", stage);
                page.click(".jm-stage-new button[type=submit]");
                assertThat(page.locator(".jm-stage-name").last()).hasText(stage);
            }
            addTouchpoint(page, 0, "小程序订座", "门店运营");
            addTouchpoint(page, 0, "电话订座", "门店运营");
            addTouchpoint(page, 1, "导航与停车", "门店运营");
            addTouchpoint(page, 2, "取号排队", "门店运营");
            addTouchpoint(page, 3, "扫码点餐", "厨房");
            addTouchpoint(page, 3, "服务员推荐", "门店运营");
            addTouchpoint(page, 4, "上菜速度", "厨房");
            addTouchpoint(page, 4, "菜品口味", "厨房");
            addTouchpoint(page, 5, "买单", "门店运营");

            // move "电话订座" up, then the last stage one step left
            page.locator(".jm-stage").nth(0).locator(".jm-tp").nth(1).locator("button[aria-label='上移']").click();
            assertThat(page.locator(".jm-stage").nth(0).locator(".jm-tp-name").first()).hasText("电话订座");
            page.locator(".jm-stage").nth(5).locator("button[aria-label='阶段左移']").click();
            assertThat(page.locator(".jm-stage").nth(4).locator(".jm-stage-name")).hasText("付款");

            // a refused change shows the error beside the field, in Chinese
            page.locator(".jm-stage").nth(0).locator("details.jm-add > summary").click();
            page.locator(".jm-stage").nth(0).locator("details.jm-add button[type=submit]").click();
            assertThat(page.locator(".jm-stage").nth(0).locator("details.jm-add .field-error").first())
                    .hasText("请输入名称。");
            page.locator(".jm-stage").nth(3).locator(".jm-tp").nth(0).locator("details.jm-more > summary").click();
            Browser.screenshot(page, "journey-map-editing");

            page.navigate(page.url());
            Browser.screenshot(page, "journey-map");
            page.navigate(url("/journeys"));
            Browser.screenshot(page, "journeys");
        }
        assertThat(journeys.touchpoints(chain.tenant().id())).hasSize(9);
    }

    private static void addTouchpoint(Page page, int stage, String name, String owner) {
        Locator add = page.locator(".jm-stage").nth(stage).locator("details.jm-add");
        add.locator("summary").click();
        add.locator("input[name=name]").fill(name);
        add.locator("select[name=ownerDepartmentId]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(owner));
        int before = page.locator(".jm-stage").nth(stage).locator(".jm-tp").count();
        add.locator("button[type=submit]").click();
        assertThat(page.locator(".jm-stage").nth(stage).locator(".jm-tp")).hasCount(before + 1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
