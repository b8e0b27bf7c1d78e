package org.opencem.actions.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A CX manager writes a rule in a real browser: rows added and re-shaped in place, a typo refused
 * beside its field with what was typed kept, the try-out, then the list. Screenshots in target/screenshots.
 */
@OpenCemTest
class AlertRuleBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords records;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void writesTriesAndSavesARule() {
        TestFixtures.Chain chain = fixtures.chain();
        List<FeedbackRecord> feedback = new ArrayList<>();
        String[] comments = {"上菜太慢了，等了四十分钟", "服务员态度很差", "Waited forever, so slow", "菜是凉的，上菜慢", "环境不错"};
        OrgUnit[] stores = {chain.storeA(), chain.storeA(), chain.storeB(), chain.storeC(), chain.storeD()};
        for (int i = 0; i < 40; i++) {
            feedback.add(new FeedbackRecord(chain.tenant().id(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), stores[i % 5].id(),
                    null, "LINK", null, OffsetDateTime.now().minusHours(7L * i), i % 11, null, null, comments[i % 5], "zh", Map.of(), null));
        }
        transaction.executeWithoutResult(s -> records.recordAll(feedback));
        try (Browser browser = Browser.launch()) {
            Page page = signedIn(browser.person("zh-CN", 1440, 900), chain);

            page.navigate(url("/cases"));
            page.click("#alert-rules-link");
            page.waitForURL(url("/cases/rules"));
            assertThat(page.locator(".rule-row")).hasCount(2);

            page.click("text=新建反馈规则");
            page.fill("#rule-name", "上菜慢");
            page.selectOption("#rule-priority", "HIGH");
            Locator rows = page.locator(".cond-row");
            rows.nth(0).locator("input[name$='.value']").fill("六");
            page.click("#add-condition");
            assertThat(rows).hasCount(2);
            Browser.settled(page);
            rows.nth(1).locator("select.cond-type").selectOption("KEYWORDS");
            assertThat(rows.nth(1).locator("input[name$='.values']")).isVisible();
            rows.nth(1).locator("input[name$='.values']").fill("慢, slow");
            page.click("#add-condition");
            assertThat(rows).hasCount(3);
            Browser.settled(page);
            rows.nth(2).locator("select.cond-type").selectOption("UNIT");
            Browser.settled(page);
            rows.nth(2).locator(".cond-remove").click();
            assertThat(rows).hasCount(2);
            page.click("#save-rule");
            assertThat(rows.nth(0).locator(".field-error")).hasText("请填写整数。");
            assertThat(rows.nth(1).locator("input[name$='.values']")).hasValue("慢, slow");
            assertThat(page.locator("#rule-name")).hasValue("上菜慢");
            Browser.screenshot(page, "rules-editor-invalid");

            rows.nth(0).locator("input[name$='.value']").fill("6");
            page.click("#try-rule");
            assertThat(page.locator(".try-cases")).hasText("17");
            Browser.screenshot(page, "rules-editor-tryout");

            page.click("#save-rule");
            assertThat(page.locator(".alert-success")).isVisible();
            page.navigate(url("/cases/rules"));
            assertThat(page.locator(".rule-row")).hasCount(3);
            Locator custom = page.locator(".rule-row", new Page.LocatorOptions().setHasText("上菜慢"));
            assertThat(custom.locator(".matched")).hasText("17");
            custom.locator(".rule-toggle").click();
            assertThat(page.locator(".rule-row.rule-off")).hasCount(1);
            Browser.screenshot(page, "rules-list");

            Page phone = signedIn(browser.person("en", 390, 844), chain);
            phone.navigate(url("/cases/rules/new?kind=METRIC"));
            assertThat(phone.locator("#rule-title")).hasValue("{unit}: NPS fell, {figures}");
            phone.fill("#rule-name", "Dining detractors");
            phone.selectOption("#metric-kind", "NEGATIVE_SHARE");
            assertThat(phone.locator("#metric-threshold")).isVisible();
            assertThat(phone.locator("#metric-points")).hasCount(0);
            assertThat(phone.locator("#rule-title")).hasValue("{touchpoint}: negative share {figures}");
            assertThat(phone.locator("#rule-name")).hasValue("Dining detractors");
            Browser.screenshot(phone, "rules-editor-metric-phone");
        }
    }

    private Page signedIn(Page page, TestFixtures.Chain chain) {
        page.navigate(url("/login"));
        page.fill("#username", chain.cx().username());
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
