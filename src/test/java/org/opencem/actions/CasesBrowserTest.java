package org.opencem.actions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.identity.UserAccount;
import org.opencem.platform.Ids;
import org.opencem.platform.Role;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextInsight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case screens as people use them: a cook works a kitchen case on a phone (inbox with due
 * badges, the case with the customer's history, a note with a mention, asking for a supervisor),
 * the head office looks at the board and the settings on a desktop. Screenshots under target/screenshots.
 */
@OpenCemTest
@Import(CaseWorld.class)
class CasesBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired CaseWorld worlds;
    @Autowired Cases cases;
    @Autowired CaseConfiguration configuration;
    @Autowired FeedbackRecords feedback;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

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
    void aCookWorksAKitchenCaseOnAPhoneAndHeadOfficeWatchesTheBoard() {
        CaseWorld.World world = worlds.build();
        UUID t = world.tenantId();
        UserAccount cook = worlds.person(world, "cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        UserAccount chef = worlds.person(world, "chef", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().east());
        configuration.addRootCause(t, "SLOW_SERVING", "出餐慢", "Slow serving");
        configuration.addRootCause(t, "FOOD_QUALITY", "菜品质量", "Food quality");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        FeedbackRecord earlier = record(world, "C-8848", 8, "菜不错，就是等位有点久", now.minusDays(20));
        FeedbackRecord angry = record(world, "C-8848", 2, "汤是凉的，上菜等了四十分钟，服务员还说马上就好。", now.minusMinutes(30));
        transaction.executeWithoutResult(s -> feedback.recordAll(List.of(earlier, angry)));
        dispatcher.dispatchPending();
        String insight = JsonMapper.shared().writeValueAsString(new TextInsight("zh", Sentiment.NEGATIVE, -0.8,
                List.of("service.speed", "food.temperature"), List.of("上菜慢", "汤是凉的"), Set.of(), List.of()));
        jdbc.sql("update feedback_record set insight = ?, sentiment = 'NEGATIVE' where tenant_id = ? and id = ?")
                .params(insight, t, angry.id()).update();
        CaseSummary kitchenCase = cases.forFeedback(worlds.signedIn(world.chain().cx()).scope(), angry.id()).orElseThrow();
        CaseSummary late = cases.create(worlds.signedIn(world.chain().cx()), world.chain().storeA().id(), world.serving().id(),
                "外卖少了一份米饭", CasePriority.NORMAL, null);
        jdbc.sql("update feedback_case set due_at = ? where tenant_id = ? and id = ?")
                .params(now.minusHours(3), t, late.id()).update();
        cases.create(worlds.signedIn(world.chain().cx()), world.chain().storeB().id(), world.table().id(),
                "服务员态度冷淡", CasePriority.LOW, null);

        Page phone = browser.person("zh-CN", 390, 844);
        signIn(phone, cook.username());
        phone.navigate(url("/cases"));
        assertThat(phone.locator(".case-row")).hasCount(2);
        assertThat(phone.locator(".due-over")).hasCount(1);
        Browser.screenshot(phone, "cases-inbox-phone");
        phone.click("#tab-OVERDUE");
        assertThat(phone.locator(".case-row")).hasCount(1);
        assertThat(phone.locator(".case-title")).hasText("外卖少了一份米饭");

        phone.navigate(url("/cases/" + kitchenCase.id()));
        assertThat(phone.locator("#case-feedback")).containsText("汤是凉的");
        assertThat(phone.locator("#case-feedback")).containsText("负面");
        assertThat(phone.locator("#contact-history")).containsText("菜不错，就是等位有点久");
        Browser.screenshot(phone, "case-page-phone");
        phone.fill("#note", "@" + chef.username() + " 请帮忙看看今天的出餐记录");
        phone.click("#add-note");
        assertThat(phone.locator("#case-history")).containsText(chef.displayName());
        phone.click("#escalate-open");
        phone.fill("#reason", "顾客要求店长出面");
        phone.click("#escalate");
        assertThat(phone.locator("#case-owner")).hasText(world.chain().storeAManager().displayName());
        Browser.screenshot(phone, "case-escalated-phone");

        Page desk = browser.person("zh-CN", 1366, 900);
        signIn(desk, world.chain().cx().username());
        desk.navigate(url("/cases/" + kitchenCase.id()));
        desk.selectOption("#rootCauseId", new com.microsoft.playwright.options.SelectOption().setLabel("出餐慢"));
        desk.fill("#resolution", "已致电顾客致歉，赠送代金券；厨房调整了汤品保温流程。");
        Browser.screenshot(desk, "case-page-desktop");
        desk.click("#resolve");
        assertThat(desk.locator("#case-status")).hasText("已解决");
        desk.click("#to-CLOSED");
        assertThat(desk.locator("#case-status")).hasText("已关闭");
        desk.click("#to-REOPENED");
        assertThat(desk.locator("#statusText")).hasClass(Pattern.compile(".*is-invalid.*"));
        Browser.screenshot(desk, "case-closed-desktop");

        desk.navigate(url("/cases/board"));
        assertThat(desk.locator("#board-overdue")).hasText("1");
        assertThat(desk.locator("#backlog-table")).containsText(world.chain().kitchen().name());
        Browser.screenshot(desk, "cases-board-desktop");
        phone.navigate(url("/cases/board"));
        Browser.screenshot(phone, "cases-board-phone");

        Page admin = browser.person("zh-CN", 1366, 900);
        signIn(admin, world.chain().admin().username());
        admin.navigate(url("/settings/cases"));
        admin.selectOption("#rule-unit", world.chain().storeB().id().toString());
        admin.selectOption("#rule-department", world.chain().kitchen().id().toString());
        admin.click("#add-rule");
        assertThat(admin.locator("#rules")).containsText(world.chain().storeB().name());
        admin.fill("#rc-code", "");
        admin.fill("#rc-zh", "卫生");
        admin.click("#add-root-cause");
        assertThat(admin.locator("#root-causes .field-error")).hasCount(2);
        assertThat(admin.locator("#rc-zh")).hasValue("卫生");
        Browser.screenshot(admin, "case-settings-desktop");

        Page english = browser.person("en-US", 1366, 900);
        signIn(english, cook.username());
        for (String path : List.of("/cases", "/cases/board", "/cases/" + kitchenCase.id())) {
            english.navigate(url(path));
            assertThat(english.locator("body")).not().containsText("??");
        }
        Browser.screenshot(english, "case-page-desktop-en");
    }

    private static FeedbackRecord record(CaseWorld.World world, String customer, int nps, String comment, OffsetDateTime at) {
        return new FeedbackRecord(world.tenantId(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), world.chain().storeA().id(),
                world.serving().id(), "LINK", customer, at, nps, null, null, comment, "zh-CN", Map.of(), null);
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
