package org.opencem.analytics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.browser.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Head office opens its default dashboard, builds a custom one with KPI tiles, a trend and a
 * heatmap, shares it and opens it again; a store manager and a regional manager see their own
 * defaults, and the store manager sees only their store in head office's shared dashboard.
 */
@OpenCemTest
@TestPropertySource(properties = "opencem.demo.enabled=true")
class DashboardsBrowserTest {

    @LocalServerPort int port;

    @Test
    void buildsSharesAndReopensACustomDashboardAndShowsEachRoleItsDefault() {
        try (Browser browser = Browser.launch()) {
            Page admin = signIn(browser, "zh-CN", "admin");
            admin.click("#sidebar a[href='/analytics/dashboards']");
            assertThat(admin.locator(".page-head h1")).hasText("总部经营看板");
            waitForWidgets(admin);
            admin.waitForSelector("[data-kind=trend] canvas");
            Browser.screenshot(admin, "dashboards-01-executive-default");

            admin.click("#dashboard-list a.new-dashboard");
            admin.fill("#dashboard-name", "总部周报");
            admin.check("#dashboard-shared");
            admin.selectOption("#new-kind", "heatmap");
            admin.click("#add-widget-button");
            assertThat(admin.locator(".widget-editor")).hasCount(3);
            admin.selectOption("select[name='widgets[2].metrics']", new String[] {"csat"});
            admin.locator(".widget-editor").nth(1).locator("summary").click();
            admin.selectOption("select[name='widgets[1].filter.period']", "26w");
            // the heatmap dragged by its header to the top keeps what was chosen for it
            drag(admin, admin.locator(".widget-editor .widget-handle").nth(2), admin.locator(".widget-editor").nth(0));
            assertThat(admin.locator(".widget-editor .card-header .muted").first()).hasText("热力图");
            assertThat(admin.locator("select[name='widgets[0].metrics'] option:checked")).hasAttribute("value", "csat");
            assertThat(admin.locator("select[name='widgets[2].filter.period'] option:checked")).hasAttribute("value", "26w");
            Browser.screenshot(admin, "dashboards-06-editor");
            admin.click("#save-dashboard");
            admin.waitForURL(Pattern.compile(".*/analytics/dashboards/[0-9a-f-]{36}$"));
            assertThat(admin.locator(".page-head h1")).hasText("总部周报");
            waitForWidgets(admin);
            assertThat(admin.locator("[data-kind=kpi] .kpi")).hasCount(3);
            assertThat(admin.locator("[data-kind=heatmap] .heatmap tbody tr").first()).isVisible();
            admin.waitForSelector("[data-kind=trend] canvas");
            String saved = admin.url();

            admin.navigate(url("/analytics/dashboards"));
            admin.click("#dashboard-list a:has-text('总部周报')");
            admin.waitForURL(saved);
            waitForWidgets(admin);
            admin.waitForSelector("[data-kind=trend] canvas");
            assertThat(admin.locator("[data-kind=heatmap] .heatmap tbody tr[data-unit=HQ]")).hasCount(1);
            Browser.screenshot(admin, "dashboards-02-custom-reopened");

            Page store = signIn(browser, "en", "sh001");
            store.navigate(url("/analytics/dashboards"));
            assertThat(store.locator(".page-head h1")).hasText("Store dashboard");
            assertThat(store.locator("#open-cases")).isVisible();
            waitForWidgets(store);
            Browser.screenshot(store, "dashboards-03-store-default");
            store.navigate(saved);
            waitForWidgets(store);
            assertThat(store.locator("[data-kind=heatmap] .heatmap tbody tr")).hasCount(1);
            assertThat(store.locator("[data-kind=heatmap] .heatmap tbody tr[data-unit=SH001]")).hasCount(1);
            assertThat(store.locator("#edit-dashboard")).hasCount(0);
            Browser.screenshot(store, "dashboards-04-shared-seen-by-store");

            Page region = signIn(browser, "zh-CN", "east");
            region.navigate(url("/analytics/dashboards"));
            assertThat(region.locator(".page-head h1")).hasText("区域看板");
            waitForWidgets(region);
            Browser.screenshot(region, "dashboards-05-regional-default");

            Page kitchen = signIn(browser, "zh-CN", "kitchen");
            kitchen.navigate(url("/analytics/dashboards"));
            assertThat(kitchen.locator(".page-head h1")).hasText("部门看板");
            waitForWidgets(kitchen);
            assertThat(kitchen.locator("[data-kind=heatmap] .heatmap thead th")).hasCount(2);
            Browser.screenshot(kitchen, "dashboards-07-department-default");
            kitchen.click("#dashboard-list a:has-text('全国门店周报')");
            waitForWidgets(kitchen);
            assertThat(kitchen.locator("[data-kind=heatmap] .heatmap tbody tr[data-unit=EAST]")).hasCount(1);
            assertThat(kitchen.locator("[data-kind=heatmap] .heatmap tbody tr[data-unit=WEST]")).hasCount(0);
            Browser.screenshot(kitchen, "dashboards-08-demo-shared-seen-by-region");
        }
    }

    private Page signIn(Browser browser, String language, String username) {
        Page page = browser.person(language, 1440, 900);
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "demo1234");
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/$"));
        return page;
    }

    /**
     * Raises the drag events a mouse drag raises, sharing one DataTransfer: the cards are too far
     * apart to be on screen together for a drag of the mouse itself.
     */
    private static void drag(Page page, Locator source, Locator target) {
        JSHandle transfer = page.evaluateHandle("() => new DataTransfer()");
        Map<String, Object> init = Map.of("dataTransfer", transfer);
        source.dispatchEvent("dragstart", init);
        target.dispatchEvent("dragover", init);
        target.dispatchEvent("drop", init);
        source.dispatchEvent("dragend", init);
    }

    /** Every widget has swapped its loading placeholder for its figures. */
    private static void waitForWidgets(Page page) {
        assertThat(page.locator(".widget-loading")).hasCount(0);
        assertThat(page.locator(".widget-content")).hasCount(page.locator("section.widget").count());
    }

    private String url(String path) {
        return "http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "static=1";
    }
}
