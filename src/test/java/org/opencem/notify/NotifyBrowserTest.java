package org.opencem.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The notification screens in Chromium, in Chinese and English; screenshots in target/screenshots. */
@OpenCemTest
class NotifyBrowserTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    DeliveryWorker worker;

    @Test
    void anAdminSetsUpABotTestsItAndReadsTheLog() {
        TestFixtures.Chain chain = fixtures.chain();
        peer.stubFor(post(urlPathEqualTo("/wecom")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        peer.stubFor(post(urlPathEqualTo("/crm")).willReturn(serverError().withBody("upstream unavailable")));
        for (int i = 1; i <= 3; i++) {
            notifications.notifyUsers(new UserNotice(chain.tenant().id(), "case-" + i, EventTypes.CASE_OPENED,
                    List.of(chain.admin().id()), NotificationText.of("notify.test.title"),
                    NotificationText.plain("上海南京西路店:顾客给出 NPS " + i + " 分,“上菜太慢”"), "/cases?tab=MINE"));
        }
        notifications.emailCustomer(new CustomerEmail(chain.tenant().id(), "loop-1", "wang@example.com", Locale.CHINA,
                NotificationText.plain("关于您的用餐反馈"), NotificationText.plain("我们已处理。"), null, "C-1"));
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1440, 900);
            signIn(page, chain.admin().username());

            assertThat(page.locator("#bell .bell-count")).hasText("3");
            page.click("#bell summary");
            assertThat(page.locator("#bell .list-group-item")).hasCount(3);
            Browser.screenshot(page, "notify-bell");

            page.navigate(url("/notifications"));
            assertThat(page.locator(".inbox-list li.unread")).hasCount(3);
            Browser.screenshot(page, "notify-inbox");
            page.locator(".inbox-item").first().click();
            page.waitForCondition(() -> page.url().endsWith("/cases?tab=MINE"));
            page.navigate(url("/notifications"));
            assertThat(page.locator(".inbox-list li.unread")).hasCount(2);

            page.navigate(url("/settings/notifications"));
            Browser.screenshot(page, "notify-channels-empty");
            page.click("text=新建渠道");
            page.fill("#channel-name", "店长群");
            page.fill("#channel-url", "qyapi.weixin.qq.com");
            page.click("form.channel-form button[type=submit]");
            assertThat(page.locator(".field-error").first()).containsText("http://");
            assertThat(page.locator("#channel-name")).hasValue("店长群");
            assertThat(page.locator("#bell")).isVisible();
            Browser.screenshot(page, "notify-channel-form-errors");
            page.fill("#channel-url", peer.baseUrl() + "/wecom?key=demo");
            page.check("input[name=eventTypes][value='case.escalated']");
            page.check("input[name=eventTypes][value='case.sla.reminder']");
            page.click("form.channel-form button[type=submit]");
            page.waitForURL(url("/settings/notifications"));

            page.click("text=新建渠道");
            page.fill("#channel-name", "CRM 系统");
            page.selectOption("#channel-kind", "WEBHOOK");
            page.fill("#channel-url", peer.baseUrl() + "/crm");
            page.check("input[name=eventTypes][value='*']");
            page.click("form.channel-form button[type=submit]");
            assertThat(page.locator("#generated-secret code")).containsText("whsec_");

            page.locator("tr:has-text('店长群') button:has-text('发送测试')").click();
            assertThat(page.locator("tr:has-text('店长群') .delivery-status")).containsText("待发送");
            worker.deliverDue();
            assertThat(page.locator("tr:has-text('店长群') .delivery-status")).containsText("已发送");
            page.locator("tr:has-text('CRM 系统') button:has-text('发送测试')").click();
            worker.deliverDue();
            assertThat(page.locator("tr:has-text('CRM 系统') .delivery-status")).containsText("HTTP 500");
            Browser.screenshot(page, "notify-channels");

            page.navigate(url("/settings/notifications/log"));
            page.locator("tr.log-row:has-text('CRM 系统') >> text=详情").click();
            assertThat(page.locator(".delivery-detail pre")).containsText("\"type\" : \"notify.test\"");
            Browser.screenshot(page, "notify-log");
            page.selectOption("select[name=status]", "SENT");
            assertThat(page.locator("tr.log-row")).hasCount(1);
            page.waitForURL(u -> u.contains("status=SENT"));

            page.navigate(url("/settings/notifications/sms"));
            assertThat(page.locator("#bell")).isVisible();
            Browser.screenshot(page, "notify-sms");

            Page english = browser.person("en", 1280, 800);
            signIn(english, chain.admin().username());
            english.navigate(url("/settings/notifications/log"));
            assertThat(english.locator("h1")).hasText("Notification settings");
            Browser.screenshot(english, "notify-log-en");

            Page phone = browser.person("zh-CN", 390, 844);
            signIn(phone, chain.admin().username());
            phone.navigate(url("/notifications"));
            assertThat(phone.locator("#bell .bell-count")).hasText("2");
            Browser.screenshot(phone, "notify-inbox-phone");
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
