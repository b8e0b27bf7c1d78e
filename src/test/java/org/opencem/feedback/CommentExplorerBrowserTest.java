package org.opencem.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.browser.Browser;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextCorrections;
import org.opencem.textanalytics.TextInsight;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The explorer in Chromium: topic trends drawn as a chart, and a comment's topic corrected from the taxonomy. */
@OpenCemTest
class CommentExplorerBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    FeedbackRecords feedback;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    TextCorrections corrections;

    @Test
    void drawsTopicTrendsAndTakesATopicCorrection() {
        TestFixtures.Chain chain = fixtures.chain();
        String[][] comments = {
                {"3", "出餐速度很慢，等了四十分钟", "NEGATIVE", "service.speed"},
                {"10", "上菜太慢，服务员也不理人", "NEGATIVE", "service.speed,service.attitude"},
                {"17", "服务员很热情，上菜也快", "POSITIVE", "service.attitude,service.speed"},
                {"24", "菜量足，性价比高", "POSITIVE", "price.value,food.portion"},
                {"31", "等位一个小时，出餐更慢", "NEGATIVE", "service.speed"},
                {"38", "味道一般，价格偏贵", "NEGATIVE", "food.taste,price"}};
        UUID late = null;
        for (String[] c : comments) {
            UUID id = comment(chain, chain.storeA(), Integer.parseInt(c[0]), c[1], c[2], c[3]);
            late = c[1].startsWith("等位") ? id : late;
        }
        try (Browser browser = Browser.launch()) {
            Page page = browser.person("zh-CN", 1280, 900);
            page.navigate(url("/login"));
            page.fill("#username", chain.cx().username());
            page.fill("#password", TestFixtures.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));

            page.navigate(url("/feedback/comments?period=90"));
            assertThat(page.locator("#topic-trend-chart canvas")).isVisible();
            assertThat(page.locator(".topic-trends tbody tr").first()).containsText("出餐速度");
            Browser.screenshot(page, "comments-topic-trends");

            Locator item = page.locator(".comment-item").filter(new Locator.FilterOptions().setHasText("等位一个小时"));
            item.locator(".text-corrections summary").click();
            item.locator(".topic-correction select").selectOption("service.order");
            item.locator(".topic-correction button").click();
            assertThat(item.locator(".topic-correction")).hasText("已更正为：点餐结账。下次训练时生效。");
            Browser.screenshot(page, "comments-topic-corrected");

            // a filter swaps the results in place and the chart is drawn again
            page.locator("#f-sentiment").selectOption("NEGATIVE");
            assertThat(page.locator(".comment-item")).hasCount(4);
            assertThat(page.locator("#topic-trend-chart canvas")).isVisible();
        }
        assertThat(corrections.find(chain.tenant().id(), late, "TOPIC")).get()
                .extracting(TextCorrections.Correction::label).isEqualTo("service.order");
    }

    private UUID comment(TestFixtures.Chain tenant, OrgUnit unit, int daysAgo, String text, String sentiment, String topics) {
        UUID id = Ids.newId();
        TextInsight insight = new TextInsight("zh", Sentiment.valueOf(sentiment), 0, List.of(topics.split(",")), List.of(),
                Set.of(), List.of());
        transaction.executeWithoutResult(status -> {
            feedback.recordAll(List.of(new FeedbackRecord(tenant.tenant().id(), id, FeedbackSource.REVIEW, Ids.newId(),
                    unit.id(), null, "dianping", null, OffsetDateTime.now(clock).minusDays(daysAgo), null, 3, null, text,
                    "zh-CN", Map.of(), null)));
            jdbc.sql("update feedback_record set sentiment = ?, topics = ?, insight = ? where tenant_id = ? and id = ?")
                    .params(sentiment, topics, json.writeValueAsString(insight), tenant.tenant().id(), id).update();
        });
        return id;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
