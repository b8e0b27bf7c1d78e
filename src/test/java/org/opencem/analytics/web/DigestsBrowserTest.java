package org.opencem.analytics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.analytics.Digests;
import org.opencem.browser.Browser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CX manager subscribes a store manager to the Monday digest, sends one now, and sees in the run log
 * a regional manager who has left; then the email itself, as the store manager gets it, in the browser.
 */
@OpenCemTest
class DigestsBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Digests digests;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    @Test
    void aManagerSubscribesAStoreManagerAndSeesTheRunLog() {
        TestFixtures.Chain chain = AnalyticsData.of(context).world().chain();
        try (Browser browser = Browser.launch()) {
            Page cx = signedIn(browser.person("zh-CN", 1366, 900), chain.cx());

            cx.navigate(url("/settings/digests"));
            assertThat(cx.locator(".empty-state").first()).isVisible();
            cx.selectOption("#digest-user", chain.storeAManager().id().toString());
            cx.selectOption("#digest-frequency", "WEEKLY");
            cx.selectOption("#digest-weekday", "1");
            cx.selectOption("#digest-hour", "8");
            cx.click("#digest-subscribe");
            assertThat(cx.locator("#subscriptions tbody tr")).hasCount(1);
            assertThat(cx.locator("#subscriptions")).containsText("星期一");

            cx.selectOption("#digest-user", chain.eastManager().id().toString());
            cx.click("#digest-subscribe");
            assertThat(cx.locator("#subscriptions tbody tr")).hasCount(2);

            cx.locator("tr:has-text('" + chain.storeAManager().displayName() + "') button:has-text('立即发送')").click();
            assertThat(cx.locator("#send-result")).containsText("已为 " + chain.storeAManager().displayName() + " 排队发送简报");

            UserAccount east = chain.eastManager();
            users.update(chain.tenant().id(), east.id(), east.displayName(), east.email(), east.role(), null, false,
                    east.scopeUnitIds());
            jdbc.sql("update analytics_digest_subscription set created_at = ? where tenant_id = ?")
                    .params(OffsetDateTime.parse("2026-01-01T00:00:00+08:00"), chain.tenant().id()).update();
            digests.sendDue(LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

            cx.navigate(url("/settings/digests"));
            assertThat(cx.locator("#left-warning")).isVisible();
            assertThat(cx.locator("#runs tr[data-status=RECIPIENT_LEFT]")).containsText("用户已停用");
            assertThat(cx.locator("#runs tr[data-status=SENT]")).hasCount(2);

            // the store manager turns digest emails off: their choice wins, and the manager sees why nothing goes out
            Page storeManager = signedIn(browser.person("zh-CN", 1366, 900), chain.storeAManager());
            storeManager.navigate(url("/notifications"));
            storeManager.uncheck("#email-digest");
            storeManager.locator("form:has(#email-digest) button[type=submit]").click();
            assertThat(storeManager.locator(".alert-success")).hasText("邮件通知设置已保存。");
            assertThat(storeManager.locator("#email-digest")).not().isChecked();
            cx.navigate(url("/settings/digests"));
            Locator storeARow = cx.locator("#subscriptions tr:has-text('" + chain.storeAManager().displayName() + "')");
            assertThat(storeARow.locator(".email-off")).hasText("已关闭邮件");
            storeARow.locator("button:has-text('立即发送')").click();
            assertThat(cx.locator("#send-result")).hasText("未发送：用户已在通知页关闭简报邮件。");
            assertThat(cx.locator("#runs tr[data-status=EMAIL_OFF]")).hasCount(1);
            Browser.screenshot(cx, "digests-settings");

            String payload = jdbc.sql("select payload from notify_delivery where tenant_id = ? and event_type = 'digest' "
                            + "and idempotency_key not like '%manual%' and user_id = ?")
                    .params(chain.tenant().id(), chain.storeAManager().id()).query(String.class).single();
            String html = JsonMapper.shared().readTree(payload).get("html").asText();
            Page phone = browser.person("zh-CN", 420, 900);
            phone.setContent(html);
            assertThat(phone.locator(".unit-name")).hasText("上海南京西路店");
            Browser.screenshot(phone, "digest-email");
        } finally {
            // the job looks at every tenant's subscriptions: other tests' moved clocks need not write these digests
            jdbc.sql("delete from analytics_digest_subscription where tenant_id = ?").param(chain.tenant().id()).update();
            jdbc.sql("delete from notify_email_optout where tenant_id = ?").param(chain.tenant().id()).update();
        }
    }

    private Page signedIn(Page page, UserAccount user) {
        page.navigate(url("/login"));
        page.fill("#username", user.username());
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*/$"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
