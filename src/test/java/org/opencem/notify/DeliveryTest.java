package org.opencem.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelForm;
import org.opencem.notify.internal.Channels;
import org.opencem.notify.internal.DeliveryLog;
import org.opencem.notify.internal.Inbox;
import org.opencem.notify.internal.SmsGateway;
import org.opencem.notify.internal.SmsGateways;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deliveries end to end: a real SMTP server (GreenMail) and real HTTP peers (WireMock). */
@OpenCemTest
class DeliveryTest {

    @RegisterExtension
    static WireMockExtension peer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    Channels channels;
    @Autowired
    DeliveryLog log;
    @Autowired
    Inbox inbox;
    @Autowired
    SmsGateways smsGateways;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JavaMailSenderImpl mailSender;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(mailSender.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void usersGetAnInAppNotificationAndAnEmailInTheirLanguageOncePerKey() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UserNotice notice = new UserNotice(chain.tenant().id(), "case-7-opened", EventTypes.CASE_OPENED,
                List.of(chain.storeAManager().id(), chain.eastManager().id()),
                NotificationText.of("notify.test.title"), NotificationText.of("notify.test.text", "S001"), "/cases/7");
        transaction.executeWithoutResult(s -> notifications.notifyUsers(notice));
        transaction.executeWithoutResult(s -> notifications.notifyUsers(notice));
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toStore = received[0].getAllRecipients()[0].toString().equals(chain.storeAManager().email())
                ? received[0] : received[1];
        // the tenant's language, Chinese, since the user chose none
        assertThat(toStore.getSubject()).isEqualTo("来自 OpenCEM 的测试消息");
        assertThat(toStore.getAllRecipients()[0].toString()).isEqualTo(chain.storeAManager().email());
        assertThat(toStore.getContent().toString()).contains("看到这条消息,说明渠道“S001”已连通。")
                .contains("http://localhost:").contains("/cases/7");
        assertThat(inbox.unread(chain.tenant().id(), chain.storeAManager().id())).isEqualTo(1);
        assertThat(log.list(chain.tenant().id(), DeliveryStatus.SENT, DeliveryChannel.EMAIL, 10)).hasSize(2);
    }

    @Test
    void aUserWhoTurnedEmailOffForAnEventTypeGetsOnlyTheInAppNotification() {
        TestFixtures.Chain chain = fixtures.chain();
        inbox.setEmailOptOuts(chain.tenant().id(), chain.admin().id(), java.util.Set.of(EventTypes.DIGEST));
        notifications.notifyUsers(new UserNotice(chain.tenant().id(), "digest-1", EventTypes.DIGEST,
                List.of(chain.admin().id()), NotificationText.plain("Daily digest"), NotificationText.plain("NPS 42"), "/"));
        assertThat(log.list(chain.tenant().id(), null, null, 10)).isEmpty();
        assertThat(inbox.latest(chain.tenant().id(), chain.admin().id(), true, 10)).hasSize(1);
    }

    @Test
    void aCustomerEmailCarriesTheReplyToAndTheReference() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID id = notifications.emailCustomer(new CustomerEmail(chain.tenant().id(), "loop-C-42", "wang@example.com",
                Locale.ENGLISH, NotificationText.plain("About your visit"), NotificationText.plain("We fixed the heating."),
                "s001@example.com", "C-42"));
        assertThat(notifications.emailCustomer(new CustomerEmail(chain.tenant().id(), "loop-C-42", "wang@example.com",
                Locale.ENGLISH, NotificationText.plain("About your visit"), NotificationText.plain("Again"), null, "C-42")))
                .isEqualTo(id);
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("About your visit");
        assertThat(GreenMailUtil.getBody(received[0])).contains("We fixed the heating.");
        assertThat(received[0].getReplyTo()[0].toString()).isEqualTo("s001@example.com");
        assertThat(received[0].getHeader("X-OpenCEM-Reference")).containsExactly("C-42");
        Delivery delivery = notifications.delivery(chain.tenant().id(), id).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.reference()).isEqualTo("C-42");
    }

    @Test
    void eachImBotGetsItsOwnFormatAndSignature() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        peer.stubFor(post(urlPathEqualTo("/wecom")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        peer.stubFor(post(urlPathEqualTo("/dingtalk")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        peer.stubFor(post(urlPathEqualTo("/feishu")).willReturn(okJson("{\"code\":0,\"msg\":\"success\"}")));
        peer.stubFor(post(urlPathEqualTo("/slack")).willReturn(ok("ok")));
        peer.stubFor(post(urlPathEqualTo("/hook")).willReturn(ok()));
        channel(t, "企业微信群", DeliveryChannel.WECOM, "/wecom?key=abc", null);
        channel(t, "钉钉群", DeliveryChannel.DINGTALK, "/dingtalk?access_token=tok", "SECding");
        channel(t, "飞书群", DeliveryChannel.FEISHU, "/feishu", "feishu-secret");
        channel(t, "Slack", DeliveryChannel.SLACK, "/slack", null);
        channel(t, "CRM", DeliveryChannel.WEBHOOK, "/hook", "whsec-1");

        notifications.publish(new ChannelEvent(t, "case-9-escalated", EventTypes.CASE_ESCALATED,
                NotificationText.plain("工单 #9 已升级"), NotificationText.plain("顾客 <VIP> 等待超过 2 小时"), "/cases/9",
                Map.of("caseNumber", 9, "unit", "S001")));
        drain();

        JsonNode wecom = body(only("/wecom"));
        assertThat(wecom.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(wecom.at("/markdown/content").asText()).startsWith("**工单 #9 已升级**\n顾客 <VIP> 等待超过 2 小时")
                .contains("](http://localhost:").contains("/cases/9)");

        LoggedRequest ding = only("/dingtalk");
        JsonNode dingBody = body(ding);
        assertThat(dingBody.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(dingBody.at("/markdown/title").asText()).isEqualTo("工单 #9 已升级");
        assertThat(dingBody.at("/markdown/text").asText()).startsWith("#### 工单 #9 已升级");
        assertThat(ding.queryParameter("access_token").firstValue()).isEqualTo("tok");
        String timestamp = ding.queryParameter("timestamp").firstValue();
        String expectedSign = Base64.getEncoder().encodeToString(
                hmac("SECding".getBytes(StandardCharsets.UTF_8), timestamp + "\nSECding"));
        String rawSign = ding.getUrl().substring(ding.getUrl().indexOf("&sign=") + "&sign=".length());
        assertThat(URLDecoder.decode(rawSign, StandardCharsets.UTF_8)).isEqualTo(expectedSign);

        JsonNode feishu = body(only("/feishu"));
        assertThat(feishu.get("msg_type").asText()).isEqualTo("interactive");
        assertThat(feishu.at("/card/header/title/content").asText()).isEqualTo("工单 #9 已升级");
        assertThat(feishu.at("/card/elements/0/text/content").asText()).isEqualTo("顾客 <VIP> 等待超过 2 小时");
        assertThat(feishu.at("/card/elements/1/actions/0/url").asText()).endsWith("/cases/9");
        String feishuTimestamp = feishu.get("timestamp").asText();
        assertThat(feishu.get("sign").asText()).isEqualTo(Base64.getEncoder().encodeToString(
                hmac((feishuTimestamp + "\nfeishu-secret").getBytes(StandardCharsets.UTF_8), "")));

        JsonNode slack = body(only("/slack"));
        assertThat(slack.get("text").asText()).isEqualTo("工单 #9 已升级");
        assertThat(slack.at("/blocks/0/type").asText()).isEqualTo("header");
        assertThat(slack.at("/blocks/1/text/type").asText()).isEqualTo("mrkdwn");
        assertThat(slack.at("/blocks/1/text/text").asText()).isEqualTo("顾客 &lt;VIP&gt; 等待超过 2 小时");
        assertThat(slack.at("/blocks/2/text/text").asText()).startsWith("<http://localhost:").endsWith("|在 OpenCEM 中查看>");

        LoggedRequest hook = only("/hook");
        JsonNode event = body(hook);
        assertThat(event.get("type").asText()).isEqualTo("case.escalated");
        assertThat(event.at("/tenant/id").asText()).isEqualTo(t.toString());
        assertThat(event.at("/data/caseNumber").asInt()).isEqualTo(9);
        assertThat(event.get("id").asText()).isNotBlank();
        assertThat(event.get("time").asText()).endsWith("Z");
        assertThat(hook.getHeader("X-OpenCEM-Event")).isEqualTo("case.escalated");
        String signature = hook.getHeader("X-OpenCEM-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t0 = signature.substring(2, signature.indexOf(','));
        String expected = HexFormat.of().formatHex(hmac("whsec-1".getBytes(StandardCharsets.UTF_8),
                t0 + "." + hook.getBodyAsString()));
        assertThat(signature).endsWith("v1=" + expected);
        assertThat(log.list(t, DeliveryStatus.SENT, null, 10)).hasSize(5);
    }

    @Test
    void aBotThatAnswers200WithAnErrorCodeIsRetried() {
        TestFixtures.Chain chain = fixtures.chain();
        peer.stubFor(post(urlPathEqualTo("/wecom-bad")).willReturn(okJson("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}")));
        channel(chain.tenant().id(), "wecom", DeliveryChannel.WECOM, "/wecom-bad", null);
        publish(chain, "e-1");
        drain();
        Delivery delivery = log.list(chain.tenant().id(), null, null, 10).get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.httpStatus()).isEqualTo(200);
        assertThat(delivery.lastError()).contains("errcode 93000");
    }

    @Test
    void failuresAreRetriedWithGrowingPausesUntilTheyGetThrough() {
        TestFixtures.Chain chain = fixtures.chain();
        String path = "/flaky-" + chain.tenant().code();
        peer.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("second"));
        peer.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        peer.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("third").willReturn(ok()));
        channel(chain.tenant().id(), "flaky", DeliveryChannel.WEBHOOK, path, "s");
        publish(chain, "e-1");

        drain();
        Delivery first = theDelivery(chain);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.httpStatus()).isEqualTo(500);
        assertThat(Duration.between(first.lastAttemptAt(), first.nextAttemptAt())).isEqualTo(Duration.ofSeconds(30));

        drain();
        assertThat(theDelivery(chain).attempts()).as("not due before its pause is over").isEqualTo(1);

        makeDue(chain);
        drain();
        Delivery second = theDelivery(chain);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.httpStatus()).isEqualTo(503);
        assertThat(Duration.between(second.lastAttemptAt(), second.nextAttemptAt())).isEqualTo(Duration.ofSeconds(60));

        makeDue(chain);
        drain();
        Delivery third = theDelivery(chain);
        assertThat(third.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isNull();
        peer.verify(3, postRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void afterTheLastAttemptADeliveryIsFailedUntilRetriedByHand() {
        TestFixtures.Chain chain = fixtures.chain();
        String path = "/down-" + chain.tenant().code();
        peer.stubFor(post(urlPathEqualTo(path)).willReturn(serverError().withBody("database down")));
        channel(chain.tenant().id(), "down", DeliveryChannel.WEBHOOK, path, "s");
        publish(chain, "e-1");
        for (int i = 0; i < 8; i++) {
            makeDue(chain);
            drain();
        }
        Delivery failed = theDelivery(chain);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastError()).contains("HTTP 500").contains("database down");
        makeDue(chain);
        drain();
        peer.verify(8, postRequestedFor(urlPathEqualTo(path)));

        log.retryNow(chain.tenant().id(), failed.id());
        assertThat(theDelivery(chain).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(theDelivery(chain).attempts()).isZero();
    }

    @Test
    void aHangingEndpointTimesOutAndIsRetriedWhileOthersGetThrough() {
        TestFixtures.Chain chain = fixtures.chain();
        String slow = "/slow-" + chain.tenant().code();
        String fast = "/fast-" + chain.tenant().code();
        peer.stubFor(post(urlPathEqualTo(slow)).willReturn(ok().withFixedDelay(6000)));
        peer.stubFor(post(urlPathEqualTo(fast)).willReturn(ok()));
        Channel hanging = channel(chain.tenant().id(), "hanging", DeliveryChannel.WEBHOOK, slow, "s");
        Channel healthy = channel(chain.tenant().id(), "healthy", DeliveryChannel.WEBHOOK, fast, "s");
        publish(chain, "e-1");
        drain();

        List<Delivery> deliveries = log.list(chain.tenant().id(), null, null, 10);
        Delivery toHanging = deliveries.stream().filter(d -> d.channelId().equals(hanging.id())).findFirst().orElseThrow();
        Delivery toHealthy = deliveries.stream().filter(d -> d.channelId().equals(healthy.id())).findFirst().orElseThrow();
        assertThat(toHealthy.status()).as(toHealthy.toString()).isEqualTo(DeliveryStatus.SENT);
        assertThat(toHanging.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(toHanging.attempts()).isEqualTo(1);
        assertThat(toHanging.lastError()).containsIgnoringCase("timeout");
        assertThat(toHanging.nextAttemptAt()).isAfter(toHanging.lastAttemptAt());
    }

    @Test
    void twoWorkersRacingSendEachDeliveryOnce() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        String path = "/race-" + chain.tenant().code();
        peer.stubFor(post(urlPathEqualTo(path)).willReturn(ok()));
        channel(chain.tenant().id(), "race", DeliveryChannel.WEBHOOK, path, "s");
        int events = 60;
        for (int i = 0; i < events; i++) {
            publish(chain, "race-" + i);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            claimed.add(threads.submit(() -> {
                start.await();
                int total = 0;
                int round;
                while ((round = worker.deliverDue()) > 0) {
                    total += round;
                }
                return total;
            }));
        }
        start.countDown();
        int total = claimed.get(0).get() + claimed.get(1).get();
        threads.shutdown();

        assertThat(total).isGreaterThanOrEqualTo(events);
        peer.verify(events, postRequestedFor(urlPathEqualTo(path)));
        List<LoggedRequest> requests = peer.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests.stream().map(r -> r.getHeader("X-OpenCEM-Delivery")).distinct()).hasSize(events);
        assertThat(log.list(chain.tenant().id(), DeliveryStatus.SENT, null, 100)).hasSize(events)
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void smsWaitsForAGatewayThenGoesOutInItsTemplate() {
        TestFixtures.Chain chain = fixtures.chain();
        String path = "/sms-" + chain.tenant().code();
        peer.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"result\":\"queued\"}")));
        UUID id = notifications.smsCustomer(new CustomerSms(chain.tenant().id(), "loop-C-5-sms", "+8613800138000",
                Locale.SIMPLIFIED_CHINESE, NotificationText.plain("您好,您反映的\"空调\"问题已处理。"), "C-5"));
        drain();
        assertThat(notifications.delivery(chain.tenant().id(), id).orElseThrow().attempts())
                .as("no gateway yet: it waits untouched").isZero();

        smsGateways.save(chain.tenant().id(), new SmsGateway(peer.baseUrl() + path, "Authorization", "Bearer sms-key",
                "{\"mobile\": \"{{phone}}\", \"msg\": \"{{text}}\", \"sign\": \"OpenCEM\"}", true));
        drain();

        assertThat(notifications.delivery(chain.tenant().id(), id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        peer.verify(1, postRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer sms-key"))
                .withHeader("Content-Type", matching("application/json.*")));
        JsonNode sent = body(only(path));
        assertThat(sent.get("mobile").asText()).isEqualTo("+8613800138000");
        assertThat(sent.get("msg").asText()).isEqualTo("您好,您反映的\"空调\"问题已处理。");
        assertThat(sent.get("sign").asText()).isEqualTo("OpenCEM");
    }

    @Test
    void channelsAndLogsStayInTheirTenant() {
        TestFixtures.Chain a = fixtures.chain();
        TestFixtures.Chain b = fixtures.chain();
        String path = "/tenant-" + a.tenant().code();
        peer.stubFor(post(urlPathEqualTo(path)).willReturn(ok()));
        Channel aChannel = channel(a.tenant().id(), "A's webhook", DeliveryChannel.WEBHOOK, path, "s");
        publish(b, "b-event");
        drain();
        peer.verify(0, postRequestedFor(urlPathEqualTo(path)));
        assertThat(log.list(b.tenant().id(), null, null, 10)).isEmpty();
        assertThat(channels.find(b.tenant().id(), aChannel.id())).isEmpty();
        assertThat(channels.all(b.tenant().id())).isEmpty();

        publish(a, "a-event");
        assertThat(log.list(a.tenant().id(), null, null, 10)).hasSize(1);
        UUID aDelivery = log.list(a.tenant().id(), null, null, 10).get(0).id();
        assertThat(log.find(b.tenant().id(), aDelivery)).isEmpty();
        assertThat(notifications.delivery(b.tenant().id(), aDelivery)).isEmpty();

        // a user of tenant B named in tenant A's notice gets nothing
        notifications.notifyUsers(new UserNotice(a.tenant().id(), "x", EventTypes.CASE_OPENED, List.of(b.admin().id()),
                NotificationText.plain("s"), NotificationText.plain("b"), null));
        assertThat(inbox.unread(b.tenant().id(), b.admin().id())).isZero();
        assertThat(inbox.unread(a.tenant().id(), b.admin().id())).isZero();
    }

    private Channel channel(UUID tenantId, String name, DeliveryChannel kind, String path, String secret) {
        return channels.create(tenantId, new ChannelForm(name, kind, peer.baseUrl() + path, secret, List.of(Channel.ALL_EVENTS), true));
    }

    private void publish(TestFixtures.Chain chain, String key) {
        notifications.publish(new ChannelEvent(chain.tenant().id(), key, EventTypes.CASE_OPENED,
                NotificationText.of("notify.test.title"), NotificationText.plain("text"), "/cases/1", Map.of()));
    }

    private Delivery theDelivery(TestFixtures.Chain chain) {
        List<Delivery> all = log.list(chain.tenant().id(), null, null, 10);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Moves the tenant's deliveries' next attempt to now, as if their pause were over. */
    private void makeDue(TestFixtures.Chain chain) {
        jdbc.sql("update notify_delivery set next_attempt_at = created_at where tenant_id = ? and status = 'PENDING'")
                .param(chain.tenant().id()).update();
    }

    private void drain() {
        while (worker.deliverDue() > 0) {
            // until nothing is due
        }
    }

    private LoggedRequest only(String path) {
        List<LoggedRequest> requests = peer.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static JsonNode body(LoggedRequest request) {
        return JsonMapper.shared().readTree(request.getBodyAsString());
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
