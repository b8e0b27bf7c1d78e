package org.opencem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The thin slice as people do it: an admin publishes a survey for a store, a customer answers 3
 * on their phone, the store's numbers change, and the store manager resolves the new case.
 */
@OpenCemTest
class CustomerLoopBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired Journeys journeys;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void detractorBecomesAResolvedCaseThroughTheUi() {
        TestFixtures.Chain chain = fixtures.chain();
        Journey dining = journeys.createJourney(chain.tenant().id(), "用餐", "堂食顾客旅程");
        Stage eating = journeys.addStage(chain.tenant().id(), dining.id(), "就餐");
        journeys.addTouchpoint(chain.tenant().id(), eating.id(), "就餐", chain.operations().id());

        Page admin = browser.person("zh-CN", 1366, 900);
        signIn(admin, chain.admin().username());
        Browser.screenshot(admin, "01-overview-empty");

        admin.navigate(url("/surveys"));
        admin.click("#new-survey");
        admin.fill("#name", "就餐体验 NPS");
        admin.check("input[name=template][value=NPS]");
        admin.selectOption("#touchpointId", new com.microsoft.playwright.options.SelectOption().setLabel("用餐 › 就餐 › 就餐"));
        Browser.screenshot(admin, "02-survey-new");
        admin.click("button[type=submit].btn-primary");
        admin.click("#publish");
        assertThat(admin.locator("#survey-status")).hasText("收集中");
        admin.click("tr[data-unit=S001] .make-link");
        String link = admin.locator("tr[data-unit=S001] .survey-link").textContent();
        Browser.screenshot(admin, "03-survey-published");
        admin.navigate(url(admin.locator("tr[data-unit=S001] .qr-link").getAttribute("href")));
        assertThat(admin.locator("svg path")).hasCount(1);
        admin.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("03b-survey-qr.png")));

        admin.navigate(url("/"));
        admin.click("#children-table tr[data-unit=EAST] a");
        assertThat(admin.locator("#children-table tr[data-unit=S001] td.num").first()).hasText("—");

        Page customer = browser.person("zh-CN", 390, 844);
        customer.navigate(link);
        Browser.screenshot(customer, "04-respondent");
        customer.click("label[for=nps-3]");
        customer.fill("textarea[name=reason]", "上菜太慢了，等了四十分钟，菜还是凉的。");
        customer.click("button[type=submit]");
        assertThat(customer.locator("h1")).hasText("感谢您的反馈！");
        Browser.screenshot(customer, "05-respondent-thanks");

        admin.navigate(url("/?unit=" + chain.storeA().id()));
        waitForCount(admin, "n = 1");
        assertThat(admin.locator("#kpi-nps .value")).hasText("-100.0");
        Browser.screenshot(admin, "06-overview-store");

        Page manager = browser.person("zh-CN", 390, 844);
        signIn(manager, chain.storeAManager().username());
        manager.navigate(url("/cases"));
        assertThat(manager.locator(".case-row")).hasCount(1);
        assertThat(manager.locator(".case-title")).containsText("上菜太慢了");
        Browser.screenshot(manager, "07-case-inbox-phone");
        manager.click(".case-row");
        manager.fill("#resolution", "已致电顾客致歉，赠送代金券；厨房调整了出餐顺序。");
        Browser.screenshot(manager, "08-case-page-phone");
        manager.click("#resolve");
        assertThat(manager.locator("#case-status")).hasText("已解决");
        Browser.screenshot(manager, "09-case-resolved");

        manager.navigate(url("/"));
        assertThat(manager.locator(".page-head h1")).hasText(chain.storeA().name());
        assertThat(manager.locator("#children-table")).hasCount(0);
    }

    @Test
    void everyConsolePageRendersInEnglish() {
        TestFixtures.Chain chain = fixtures.chain();
        Page admin = browser.person("en-US", 1366, 900);
        signIn(admin, chain.admin().username());
        for (String path : java.util.List.of("/", "/journeys", "/surveys", "/surveys/new", "/responses", "/cases",
                "/org", "/org/departments", "/org/import", "/settings/users", "/account/tokens")) {
            admin.navigate(url(path));
            assertThat(admin.locator(".sidebar")).containsText("Overview");
            assertThat(admin.locator("body")).not().containsText("??");
            Browser.screenshot(admin, "en" + (path.equals("/") ? "-overview" : path.replace('/', '-')));
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/$"));
    }

    /** The dispatcher hands feedback to the dashboard a moment after the answer; reload until it shows. */
    private void waitForCount(Page page, String expected) {
        for (int attempt = 0; attempt < 40; attempt++) {
            if (page.locator("#kpi-nps .kpi-n").textContent().contains(expected)) {
                return;
            }
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(page.locator("#kpi-nps .kpi-n").textContent()).contains(expected);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
