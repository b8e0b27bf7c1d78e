package org.opencem.actions;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemApplication;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.DeliveryWorker;
import org.opencem.notify.EventTypes;
import org.opencem.notify.internal.ChannelForm;
import org.opencem.notify.internal.Channels;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Two instances of the application on one database, as in production behind a load balancer:
 * the same detractor's page is submitted to both at once (a retry landing elsewhere), and both
 * instances' dispatchers and delivery workers run at the same time. One response, one feedback
 * record, one case, one in-app notification and one email per recipient, and one webhook call to the
 * channel the rule tells, come out of it.
 * The second instance shares the test context's database: PostgreSQL in CI's second pass, the
 * in-memory H2 database (one per JVM) otherwise, so the race is run in both passes.
 */
@OpenCemTest
class TwoInstancesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired TestFixtures fixtures;
    @Autowired Surveys surveys;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired DeliveryWorker deliveries;
    @Autowired JdbcClient jdbc;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired Environment environment;
    @Autowired AlertRules rules;
    @Autowired Channels channels;
    @Autowired UserAccounts users;
    @LocalServerPort int port;

    GreenMail smtp;
    WireMockServer crm;
    ConfigurableApplicationContext secondInstance;

    @BeforeEach
    void startSecondInstanceAndSmtp() {
        smtp = new GreenMail(new ServerSetup(mailSender.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        crm = new WireMockServer(wireMockConfig().dynamicPort());
        crm.start();
        crm.stubFor(post("/crm").willReturn(WireMock.ok()));
        secondInstance = new SpringApplicationBuilder(OpenCemApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.mail.port=" + mailSender.getPort());
    }

    @AfterEach
    void stop() {
        if (secondInstance != null) {
            secondInstance.close();
        }
        smtp.stop();
        crm.stop();
    }

    @Test
    void theSameDetractorReachingBothInstancesOpensOneCaseAndNotifiesOnce() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Survey survey = surveys.create(t, "就餐 NPS", SurveyTemplate.NPS, UUID.randomUUID(), "上菜", true);
        surveys.publish(t, survey.id());
        tellCrmOfEveryCase(chain);
        SurveyLink link = surveys.link(new Scope(t, List.of(chain.hq().path())), survey.id(), chain.storeA().id());
        String form = "rid=" + UUID.randomUUID() + "&nps=2&lang=zh-CN&reason=" + URLEncoder.encode("菜是凉的", StandardCharsets.UTF_8);
        int secondPort = Integer.parseInt(secondInstance.getEnvironment().getRequiredProperty("local.server.port"));

        FeedbackDispatcher secondDispatcher = secondInstance.getBean(FeedbackDispatcher.class);
        DeliveryWorker secondDeliveries = secondInstance.getBean(DeliveryWorker.class);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> statuses = instances.invokeAll(List.of(
                    instance(together, port, link.path(), form, dispatcher, deliveries),
                    instance(together, secondPort, link.path(), form, secondDispatcher, secondDeliveries)));
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).as("the respondent is thanked by either instance").isBetween(300, 399);
            }
        } finally {
            instances.shutdown();
            assertThat(instances.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(count("select count(*) from response where tenant_id = ?", t)).isEqualTo(1);
        assertThat(count("select count(*) from feedback_record where tenant_id = ?", t)).isEqualTo(1);
        assertThat(count("select count(*) from feedback_case where tenant_id = ?", t)).isEqualTo(1);
        List<String> inApp = jdbc.sql("select user_id, event_type from notify_inbox where tenant_id = ?").param(t)
                .query((rs, i) -> rs.getString("user_id") + " " + rs.getString("event_type")).list();
        assertThat(inApp).as("someone is told").isNotEmpty().doesNotHaveDuplicates();
        List<String> emails = jdbc.sql("select recipient from notify_delivery where tenant_id = ? and channel = 'EMAIL' and status = 'SENT'")
                .param(t).query(String.class).list();
        assertThat(emails).as("one email per recipient, sent").hasSameSizeAs(inApp).doesNotHaveDuplicates();
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(message.getAllRecipients()[0].toString());
        }
        assertThat(received).as("each email reached the SMTP server once").filteredOn(emails::contains)
                .containsExactlyInAnyOrderElementsOf(emails);
        crm.verify(1, postRequestedFor(urlEqualTo("/crm")));
    }

    /** A webhook channel, which the tenant's case rules tell besides the case owner. */
    private void tellCrmOfEveryCase(TestFixtures.Chain chain) {
        channels.create(chain.tenant().id(), new ChannelForm("CRM", DeliveryChannel.WEBHOOK, crm.baseUrl() + "/crm", null,
                List.of(EventTypes.CASE_OPENED), true));
        UserAccount cx = chain.cx();
        CurrentUser manager = new CurrentUser(cx.tenantId(), cx.id(), cx.username(), cx.displayName(), cx.role(),
                users.scopeOf(cx), Locale.SIMPLIFIED_CHINESE);
        for (AlertRule rule : rules.list(manager)) {
            rules.update(manager, rule.id(), new AlertRuleInput(rule.name(), rule.enabled(), rule.priority(), rule.kind(),
                    rule.conditions(), rule.metric(), rule.titleTemplate(), rule.instruction(),
                    new AlertRecipients(true, false, List.of(), List.of("CRM"))));
        }
    }

    /** One instance's share: the page posted to it, then its dispatcher and delivery worker, as its schedulers would. */
    private static Callable<Integer> instance(CyclicBarrier together, int port, String path, String form,
                                              FeedbackDispatcher dispatcher, DeliveryWorker deliveries) {
        return () -> {
            HttpRequest submit = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            together.await(1, TimeUnit.MINUTES);
            int status = HTTP.send(submit, HttpResponse.BodyHandlers.discarding()).statusCode();
            together.await(1, TimeUnit.MINUTES);
            dispatcher.dispatchPending();
            deliveries.deliverAllDue();
            return status;
        };
    }

    private int count(String sql, UUID tenantId) {
        return jdbc.sql(sql).param(tenantId).query(Integer.class).single();
    }
}
