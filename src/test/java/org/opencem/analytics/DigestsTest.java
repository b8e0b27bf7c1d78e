package org.opencem.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.analytics.web.AnalyticsData;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.DeliveryWorker;
import org.opencem.notify.EventTypes;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Digests end to end: the job at a moved time, the email read from a real SMTP server (GreenMail),
 * holding the recipient's store and nothing of the others; once per period; a recipient who has left
 * is reported and mailed nothing, as is one who turned digest emails off; the API stays within scope and tenant.
 */
@OpenCemTest
class DigestsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The Monday after the last week of test data, 09:00 in Shanghai: a Monday 08:00 digest is due. */
    private static final Instant MONDAY_MORNING = LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(ZONE).toInstant();

    @Autowired Digests digests;
    @Autowired DeliveryWorker worker;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Cases cases;
    @Autowired MetricQueries metrics;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;

    GreenMail smtp;
    TestFixtures.Chain chain;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(mailSender.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        chain = AnalyticsData.of(context).world().chain();
        // the test data opened cases whose notices wait in the delivery log; they go out before each test looks
        worker.deliverAllDue();
        smtp.reset();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        // the job looks at every tenant's subscriptions: later tests' moved clocks need not write these digests again
        jdbc.sql("delete from analytics_digest_subscription where tenant_id = ?").param(chain.tenant().id()).update();
        jdbc.sql("delete from notify_email_optout where tenant_id = ?").param(chain.tenant().id()).update();
    }

    @Test
    void aStoreManagersMondayEmailHasTheirStoresWeekAndCasesAndNothingOfTheOtherStores() throws Exception {
        DigestSubscription subscription = subscribeStoreManager();
        assertThat(digests.sendDue(MONDAY_MORNING)).isPositive();
        worker.deliverAllDue();

        List<MimeMessage> mails = digestMails();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(chain.storeAManager().email());
        assertThat(mail.getSubject()).isEqualTo("上海南京西路店：本周简报，2026-03-23 至 2026-03-29");
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.writeString(Path.of("target/screenshots/digest-email.html"), html, StandardCharsets.UTF_8);

        MetricValue nps = storeANps(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29));
        String figure = String.format(Locale.ROOT, "%.1f", nps.value());
        for (String body : List.of(html, text)) {
            assertThat(body).contains("上海南京西路店").contains(figure)
                    .doesNotContain("杭州西湖店").doesNotContain("成都春熙路店").doesNotContain("重庆解放碑店")
                    .doesNotContain("华东大区").doesNotContain("总部");
        }
        CurrentUser manager = reader(chain.storeAManager());
        Map<InboxFilter, Integer> counts = cases.counts(manager);
        assertThat(counts.get(InboxFilter.OPEN)).as("the test data's detractors opened cases at store A").isPositive();
        assertThat(text).contains(counts.get(InboxFilter.OPEN) + " 个未结工单，" + counts.get(InboxFilter.OVERDUE) + " 个已超时");
        // the weakest touchpoint of the week, by CX index, is serving
        assertThat(text).contains("最弱触点: 用餐 › 上菜 › 上菜");

        List<DigestRun> runs = digests.runs(cx(), subscription.id());
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(DigestRun.Status.SENT);
            assertThat(run.periodFrom()).isEqualTo(LocalDate.of(2026, 3, 23));
            assertThat(run.deliveryId()).isNotNull();
        });
    }

    @Test
    void theJobSendsEachPeriodOnceHoweverOftenItRuns() throws Exception {
        DigestSubscription subscription = subscribeStoreManager();
        digests.sendDue(MONDAY_MORNING);
        digests.sendDue(MONDAY_MORNING.plusSeconds(300));
        digests.sendDue(MONDAY_MORNING.plusSeconds(6 * 3600));
        worker.deliverAllDue();
        assertThat(digestMails()).hasSize(1);
        assertThat(digests.runs(cx(), subscription.id())).hasSize(1);

        // before 08:00 the next Monday nothing new is due; after it, the next week goes out once
        digests.sendDue(LocalDate.of(2026, 4, 6).atTime(7, 59).atZone(ZONE).toInstant());
        assertThat(digests.runs(cx(), subscription.id())).hasSize(1);
        digests.sendDue(LocalDate.of(2026, 4, 6).atTime(8, 0).atZone(ZONE).toInstant());
        digests.sendDue(LocalDate.of(2026, 4, 6).atTime(8, 5).atZone(ZONE).toInstant());
        worker.deliverAllDue();
        assertThat(digestMails()).hasSize(2);
        assertThat(digests.runs(cx(), subscription.id())).extracting(DigestRun::periodFrom)
                .containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 23));
    }

    @Test
    void aRecipientWhoLeftIsReportedAndNobodyIsMailed() throws Exception {
        DigestSubscription subscription = subscribeStoreManager();
        UserAccount manager = chain.storeAManager();
        users.update(chain.tenant().id(), manager.id(), manager.displayName(), manager.email(), manager.role(), null, false,
                manager.scopeUnitIds());

        digests.sendDue(MONDAY_MORNING);
        digests.sendDue(MONDAY_MORNING.plusSeconds(600));
        worker.deliverAllDue();

        assertThat(mailsToThisTenant()).isEmpty();
        assertThat(jdbc.sql("select count(*) from notify_delivery where tenant_id = ? and event_type = 'digest'")
                .param(chain.tenant().id()).query(Integer.class).single()).isZero();
        assertThat(digests.runs(cx(), subscription.id())).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(DigestRun.Status.RECIPIENT_LEFT);
            assertThat(run.detail()).isEqualTo("deactivated");
            assertThat(run.deliveryId()).isNull();
        });
        mvc.perform(get("/api/v1/digests/runs").with(httpBasic(chain.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("RECIPIENT_LEFT"));
        String page = mvc.perform(get("/settings/digests").with(org.opencem.SignIn.as(mvc, chain.admin().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Recipient left").contains("the user was deactivated");
    }

    @Test
    void aRecipientWhoTurnedDigestEmailsOffGetsNoneUntilTheyTurnThemOnAgain() throws Exception {
        DigestSubscription subscription = subscribeStoreManager();
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        // the notifications page: every email kept but the digest
        mvc.perform(post("/notifications/email").with(manager).with(csrf()).param("email", EventTypes.CASE_OPENED))
                .andExpect(redirectedUrl("/notifications"));

        digests.sendDue(MONDAY_MORNING);
        worker.deliverAllDue();
        assertThat(digestMails()).isEmpty();
        assertThat(digests.runs(cx(), subscription.id())).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(DigestRun.Status.EMAIL_OFF);
            assertThat(run.deliveryId()).isNull();
        });
        String page = mvc.perform(get("/settings/digests").with(SignIn.as(mvc, chain.cx().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"badge text-bg-warning email-off\"")
                .contains("the user turned digest emails off on their notifications page");

        mvc.perform(post("/notifications/email").with(manager).with(csrf())
                .param("email", EventTypes.CASE_OPENED, EventTypes.DIGEST)).andExpect(redirectedUrl("/notifications"));
        digests.sendDue(LocalDate.of(2026, 4, 6).atTime(8, 0).atZone(ZONE).toInstant());
        worker.deliverAllDue();
        assertThat(digestMails()).singleElement()
                .satisfies(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(chain.storeAManager().email()));
        assertThat(digests.runs(cx(), subscription.id())).extracting(DigestRun::status)
                .containsExactly(DigestRun.Status.SENT, DigestRun.Status.EMAIL_OFF);
    }

    @Test
    void theApiKeepsSubscriptionsWithinScopeAndTenant() throws Exception {
        String body = "{\"frequency\":\"DAILY\",\"hour\":\"7\"}";
        String created = mvc.perform(post("/api/v1/digests").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userId").value(chain.storeAManager().id().toString()))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        mvc.perform(post("/api/v1/digests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"" + chain.eastManager().id() + "\",\"frequency\":\"WEEKLY\",\"weekday\":\"1\",\"hour\":\"8\"}")
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/digests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\":\"WEEKLY\",\"hour\":\"25\"}")
                        .with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/digests/" + id + "/preview")
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("上海南京西路店"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("杭州西湖店")))));
        mvc.perform(get("/api/v1/digests").with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));

        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/digests/" + id).with(httpBasic(other.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/digests/" + id + "/send").with(httpBasic(other.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/digests").with(httpBasic(other.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    private DigestSubscription subscribeStoreManager() {
        DigestSubscription subscription = digests.subscribe(cx(), new DigestInput(chain.storeAManager().id(),
                DigestFrequency.WEEKLY, DayOfWeek.MONDAY, 8, true));
        // made "before" the moved clock's Monday, as if it had existed for a while
        jdbc.sql("update analytics_digest_subscription set created_at = ? where tenant_id = ? and id = ?")
                .params(java.time.OffsetDateTime.parse("2026-01-01T00:00:00+08:00"), chain.tenant().id(), subscription.id())
                .update();
        return subscription;
    }

    private MetricValue storeANps(LocalDate from, LocalDate to) {
        return metrics.report(reader(chain.storeAManager()).scope(),
                MetricQuery.total(chain.storeA().id(), DateRange.of(from, to), List.of(Metric.NPS))).total().value(Metric.NPS);
    }

    /** The digests mailed to this test's tenant (other tests' subscriptions are due at the moved time too). */
    private List<MimeMessage> digestMails() throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailsToThisTenant()) {
            if (message.getSubject().contains("简报")) {
                found.add(message);
            }
        }
        return found;
    }

    /** Every mail to anyone of this test's tenant: the fixture's addresses share the tenant's own domain. */
    private List<MimeMessage> mailsToThisTenant() throws Exception {
        String domain = chain.admin().email().substring(chain.admin().email().indexOf('@'));
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().endsWith(domain)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private CurrentUser cx() {
        return reader(chain.cx());
    }

    private CurrentUser reader(UserAccount user) {
        Scope scope = users.scopeOf(user);
        return new CurrentUser(user.tenantId(), user.id(), user.username(), user.displayName(), user.role(), scope,
                Locale.SIMPLIFIED_CHINESE);
    }
}
