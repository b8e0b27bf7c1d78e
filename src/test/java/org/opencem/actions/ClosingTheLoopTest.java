package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.feedback.Customer;
import org.opencem.feedback.Customers;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.PersonalRef;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.DeliveryWorker;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closing the loop as it happens: a detractor leaves an email, the case's owner writes to them
 * (a real email, read from GreenMail), the customer answers the follow-up through their personal
 * link, the answer lands in the case's history and the recovery rate moves.
 */
@OpenCemTest
class ClosingTheLoopTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired Surveys surveys;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired FeedbackRecords feedback;
    @Autowired DeliveryWorker deliveries;
    @Autowired Cases cases;
    @Autowired Customers customers;
    @Autowired CustomerContacts contacts;
    @Autowired RecoveryRates recovery;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired JavaMailSenderImpl mailSender;

    GreenMail smtp;
    TestFixtures.Chain chain;
    Scope headOffice;
    Survey survey;
    SurveyLink storeLink;

    @BeforeEach
    void setUp() {
        smtp = new GreenMail(new ServerSetup(mailSender.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        chain = fixtures.chain();
        headOffice = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
        survey = surveys.create(chain.tenant().id(), "就餐 NPS", SurveyTemplate.NPS, UUID.randomUUID(), "上菜", true);
        surveys.publish(chain.tenant().id(), survey.id());
        storeLink = surveys.link(headOffice, survey.id(), chain.storeA().id());
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aRespondentWhoLeavesContactDetailsBecomesALinkedCustomer() throws Exception {
        mvc.perform(get(storeLink.path()).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("我们可以就此事联系您吗？")));
        mvc.perform(post(storeLink.path()).param("nps", "2").param("reason", "菜是凉的")
                        .param("contact_consent", "yes").param("contact_name", "王女士")
                        .param("contact_email", " Wang@Example.com ").param("contact_phone", "138 0013 8000"))
                .andExpect(status().is3xxRedirection());

        Customer customer = customers.linkContact(chain.tenant().id(), new org.opencem.feedback.ContactDetails(null, "wang@example.com", null));
        assertThat(customer.name()).isEqualTo("王女士");
        assertThat(customer.phone()).isEqualTo("13800138000");
        assertThat(customer.contactConsent()).isTrue();
        assertThat(jdbc.sql("select customer_id from feedback_record where tenant_id = ?").param(chain.tenant().id())
                .query(String.class).single()).isEqualTo(customer.externalId());
        assertThat(jdbc.sql("select count(*) from customer where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).as("the same email links the same customer").isEqualTo(1);
    }

    @Test
    void contactDetailsWithoutConsentAreRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post(storeLink.path()).param("nps", "8").param("contact_email", "li@example.com").param("lang", "en")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Please tick the box")))
                .andExpect(content().string(containsString("value=\"li@example.com\"")));
        mvc.perform(post(storeLink.path()).param("nps", "8").param("contact_consent", "yes").param("contact_email", "not-an-email")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写正确的邮箱地址")));
        assertThat(jdbc.sql("select count(*) from response where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theOwnerWritesToTheCustomerWhoAnswersTheFollowUpAndRecoveryMoves() throws Exception {
        detractorWithEmail("wang.recovered@example.com", "2", "菜上来的时候已经凉了");
        CaseSummary opened = onlyCase();
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        cases.addNote(user(chain.storeAManager().id()), opened.id(), "已与厨房确认：出餐口加装保温灯");

        mvc.perform(get("/cases/{id}/customer-contact", opened.id()).with(manager).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wang.recovered@example.com")))
                .andExpect(content().string(containsString("出餐口加装保温灯")));
        mvc.perform(post("/cases/{id}/customer-contact", opened.id()).with(manager).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("channel", "EMAIL").param("subject", "")
                        .param("body", "您好"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写此项")));
        mvc.perform(post("/cases/{id}/customer-contact", opened.id()).with(manager).with(csrf()).header("HX-Request", "true")
                        .param("channel", "EMAIL").param("subject", "关于您的用餐体验")
                        .param("body", "王女士您好，我们已在出餐口加装保温灯。请告诉我们：{link}")
                        .param("followUpSurveyId", survey.id().toString()))
                .andExpect(header().string("HX-Redirect", "/cases/" + opened.id()));

        assertThat(cases.history(headOffice, opened.id())).extracting(CaseActivity::kind).contains("CUSTOMER_CONTACTED");
        assertThat(cases.get(headOffice, opened.id()).status()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);
        assertThat(contacts.messages(user(chain.cx().id()), opened.id())).singleElement()
                .satisfies(m -> assertThat(m.deliveryStatus()).isEqualTo("PENDING"));
        deliveries.deliverAllDue();
        assertThat(contacts.messages(user(chain.cx().id()), opened.id()).get(0).deliveryStatus()).isEqualTo("SENT");
        MimeMessage mail = received("wang.recovered@example.com");
        assertThat(mail.getSubject()).isEqualTo("关于您的用餐体验");
        String body = (String) mail.getContent();
        Matcher link = Pattern.compile("http://localhost(/s/[A-Za-z0-9]+)\\?c=([A-Za-z0-9_.-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();

        mvc.perform(get(link.group(1)).param("c", link.group(2)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("contact_email"))));
        mvc.perform(post(link.group(1)).param("c", link.group(2)).param("nps", "9").param("reason", "这次菜是热的，谢谢"))
                .andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();

        assertThat(cases.history(headOffice, opened.id())).filteredOn(a -> a.kind().equals("CUSTOMER_ANSWERED"))
                .singleElement().satisfies(a -> assertThat(a.body()).isEqualTo("NPS 9 · 这次菜是热的，谢谢"));
        assertThat(onlyCase().id()).as("a promoter's follow-up opens no case").isEqualTo(opened.id());

        assertThat(recovery.recent(headOffice, 30)).isEqualTo(new RecoveryRate("total", null, 0, 0, 0));
        cases.resolve(user(chain.storeAManager().id()), opened.id(), "已回访，顾客满意");
        RecoveryRate moved = recovery.recent(headOffice, 30);
        assertThat(moved.told()).isEqualTo(1);
        assertThat(moved.answered()).isEqualTo(1);
        assertThat(moved.rate()).isEqualTo(100.0);
        mvc.perform(get("/cases").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/cases/recovery-figure").with(manager).header("HX-Request", "true"))
                .andExpect(content().string(containsString("100%")));
    }

    @Test
    void aReplyPostedToTheInboundEndpointJoinsTheCaseHistoryWithinScopeOnly() throws Exception {
        detractorWithEmail("zhao@example.com", "4", "等太久");
        CaseSummary opened = onlyCase();
        mvc.perform(post("/api/v1/cases/{id}/customer-replies", opened.id())
                        .with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"SMS\",\"text\":\"谢谢，已经收到代金券\"}"))
                .andExpect(status().isNoContent());
        assertThat(cases.history(headOffice, opened.id())).filteredOn(a -> a.kind().equals("CUSTOMER_REPLIED"))
                .singleElement().satisfies(a -> assertThat(a.body()).isEqualTo("SMS · 谢谢，已经收到代金券"));

        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(post("/api/v1/cases/{id}/customer-replies", opened.id())
                        .with(httpBasic(other.admin().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"forged\"}"))
                .andExpect(status().isNotFound());
        users.create(chain.tenant().id(), new org.opencem.identity.NewUser("west@" + chain.tenant().code(),
                TestFixtures.PASSWORD, "西南经理", null, org.opencem.platform.Role.UNIT_MANAGER, null, List.of(chain.west().id()))).id();
        mvc.perform(post("/api/v1/cases/{id}/customer-messages", opened.id())
                        .with(httpBasic("west@" + chain.tenant().code(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"EMAIL\",\"subject\":\"x\",\"body\":\"y\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/customer-contact", opened.id()).with(SignIn.as(mvc, other.admin().username())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/{id}/customer-messages", opened.id())
                        .with(httpBasic(chain.eastManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"SMS\",\"body\":\"您好\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
    }

    @Test
    void personalLinksCannotBeForgedNorCarriedToAnotherTenant() throws Exception {
        detractorWithEmail("qian@example.com", "3", "服务差");
        CaseSummary opened = onlyCase();
        Customer customer = customers.byExternalId(chain.tenant().id(),
                jdbc.sql("select customer_id from feedback_record where tenant_id = ?").param(chain.tenant().id())
                        .query(String.class).single()).orElseThrow();
        String signed = customers.sign(chain.tenant().id(), new PersonalRef(customer.id(), opened.id()));
        assertThat(customers.verify(chain.tenant().id(), signed)).contains(new PersonalRef(customer.id(), opened.id()));

        TestFixtures.Chain other = fixtures.chain();
        assertThat(customers.verify(other.tenant().id(), signed)).isEmpty();
        String tampered = customers.sign(chain.tenant().id(), new PersonalRef(customer.id(), UUID.randomUUID()))
                .substring(0, 45) + signed.substring(signed.lastIndexOf('.'));
        assertThat(customers.verify(chain.tenant().id(), tampered)).isEmpty();

        mvc.perform(post(storeLink.path()).param("c", tampered).param("nps", "10")).andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();
        assertThat(cases.history(headOffice, opened.id())).extracting(CaseActivity::kind).doesNotContain("CUSTOMER_ANSWERED");
        FeedbackRecord forged = feedback.latest(headOffice, false, 0, 1).get(0);
        assertThat(forged.nps()).isEqualTo(10);
        assertThat(forged.customerId()).as("a reference that does not verify leaves the answer anonymous").isNull();
    }

    @Test
    void customerAttributesFromTheRegistryTravelWithTheirFeedback() throws Exception {
        Customer vip = customers.save(chain.tenant().id(), "CRM-1001", new org.opencem.feedback.ContactDetails("周先生", "zhou@example.com", null),
                java.util.Map.of("vip", "true", "memberSince", "2021-04"), true);
        String signed = customers.sign(chain.tenant().id(), new PersonalRef(vip.id(), null));
        mvc.perform(post(storeLink.path()).param("c", signed).param("nps", "6")).andExpect(status().is3xxRedirection());
        FeedbackRecord record = feedback.latest(headOffice, false, 0, 1).get(0);
        assertThat(record.customerId()).isEqualTo("CRM-1001");
        assertThat(record.attributes()).containsEntry("customer.vip", "true").containsEntry("customer.memberSince", "2021-04");

        mvc.perform(get("/api/v1/customers/CRM-1001").with(httpBasic(chain.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attributes.vip").value("true"));
        mvc.perform(get("/api/v1/customers/CRM-1001").with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/customers/CRM-1001").with(httpBasic(other.admin().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTenantsOwnWordingFillsTheDraftAndOnlyConfigurationManagersChangeIt() throws Exception {
        detractorWithEmail("sun@example.com", "5", "等位太久");
        CaseSummary opened = onlyCase();
        String wording = "{\"subject\":\"{store} 回访\",\"body\":\"{customer}您好，关于工单 #{case}：{done} {link}\"}";
        mvc.perform(put("/api/v1/customer-message-templates/EMAIL").with(httpBasic(chain.storeAManager().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(wording))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/customer-message-templates/EMAIL").with(httpBasic(chain.admin().username(), TestFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(wording))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subject").value("{store} 回访"));
        cases.addNote(user(chain.storeAManager().id()), opened.id(), "已安排取号提醒");

        CustomerContactDraft draft = contacts.draft(user(chain.cx().id()), opened.id(), ContactChannel.EMAIL);
        assertThat(draft.subject()).isEqualTo(chain.storeA().name() + " 回访");
        assertThat(draft.body()).isEqualTo("您好，关于工单 #" + opened.number() + "：已安排取号提醒 {link}");
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/customer-message-templates/EMAIL").with(httpBasic(other.admin().username(), TestFixtures.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.subject").value("About your visit to {store} (case #{case})"));
    }

    private void detractorWithEmail(String email, String score, String comment) throws Exception {
        mvc.perform(post(storeLink.path()).param("nps", score).param("reason", comment).param("lang", "zh-CN")
                        .param("contact_consent", "yes").param("contact_email", email))
                .andExpect(status().is3xxRedirection());
        dispatcher.dispatchPending();
    }

    /** The mail to one address: the worker sends whatever any test queued. */
    private MimeMessage received(String to) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + to);
    }

    private CaseSummary onlyCase() {
        List<CaseSummary> all = cases.inbox(user(chain.cx().id()), InboxFilter.OPEN, 10);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private CurrentUser user(UUID id) {
        return users.find(chain.tenant().id(), id).map(u -> new CurrentUser(u.tenantId(), u.id(), u.username(), u.displayName(),
                u.role(), users.scopeOf(u), Locale.SIMPLIFIED_CHINESE)).orElseThrow();
    }
}
