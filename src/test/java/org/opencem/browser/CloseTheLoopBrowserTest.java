package org.opencem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.AssignMode;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.SlaTarget;
import org.opencem.actions.internal.SlaJob;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.opencem.notify.DeliveryWorker;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The "done when": a customer answers 2 about a cold dish and leaves an email; the kitchen's
 * owner at that store gets the case; nobody acts; at the SLA breach (a moved clock) it escalates to
 * the regional manager, who writes to the customer from the case page; the customer answers the
 * follow-up from the link in the email with 9; the case closes with a root cause, and the
 * recovery figure moves. Then the case reports and an initiative for the root cause.
 */
@OpenCemTest
class CloseTheLoopBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired Journeys journeys;
    @Autowired Surveys surveys;
    @Autowired UserAccounts users;
    @Autowired Cases cases;
    @Autowired CaseConfiguration caseSettings;
    @Autowired SlaJob slaJob;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired FeedbackRecords feedback;
    @Autowired DeliveryWorker deliveries;
    @Autowired JavaMailSenderImpl mailSender;

    GreenMail smtp;

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
    void aColdDishIsRecoveredThroughTheUi() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey dining = journeys.createJourney(t, "用餐", null);
        Stage eating = journeys.addStage(t, dining.id(), "就餐");
        Touchpoint serving = journeys.addTouchpoint(t, eating.id(), "上菜", chain.kitchen().id());
        caseSettings.save(t, new CaseSettings(ZoneId.of("Asia/Shanghai"), LocalTime.MIN, LocalTime.of(23, 59),
                EnumSet.allOf(DayOfWeek.class), AssignMode.LEAST_LOADED, null, false, 80));
        caseSettings.saveSla(t, List.of(new SlaTarget(CasePriority.NORMAL, 60, 240), new SlaTarget(CasePriority.HIGH, 30, 120)));
        caseSettings.addRootCause(t, "COLD", "菜品温度", "Food temperature");
        // store S002 has no manager of its own: the kitchen's owner there answers to the regional manager
        UserAccount cook = users.create(t, new NewUser("cook-" + chain.tenant().code(), TestFixtures.PASSWORD, "厨师长老李",
                null, Role.CASE_HANDLER, chain.kitchen().id(), List.of(chain.storeB().id())));
        Survey survey = surveys.create(t, "上菜体验", SurveyTemplate.NPS, serving.id(), "上菜", true);
        surveys.publish(t, survey.id());
        Scope headOffice = new Scope(t, List.of(chain.hq().path()));
        String link = url(surveys.link(headOffice, survey.id(), chain.storeB().id()).path());

        Page customer = browser.person("zh-CN", 390, 844);
        customer.navigate(link);
        customer.click("label[for=nps-2]");
        customer.fill("textarea[name=reason]", "菜端上来是凉的，汤也不热。");
        customer.click("details.contact summary");
        customer.check("#contact_consent");
        customer.fill("#contact_name", "王女士");
        customer.fill("#contact_email", "wang.customer@example.com");
        Browser.screenshot(customer, "loop-01-respondent-contact");
        customer.click("button[type=submit]");
        assertThat(customer.locator("h1")).hasText("感谢您的反馈！");
        dispatcher.dispatchPending();

        CaseSummary found = cases.forFeedback(headOffice, feedback.latest(headOffice, false, 0, 1).get(0).id()).orElseThrow();
        assertThat(found.assigneeId()).as("the kitchen's owner at the store").isEqualTo(cook.id());

        slaJob.check(found.firstResponseDueAt().toInstant().plusSeconds(61));
        assertThat(cases.get(headOffice, found.id()).assigneeId()).as("escalated to the regional manager")
                .isEqualTo(chain.eastManager().id());

        Page manager = browser.person("zh-CN", 1366, 900);
        signIn(manager, chain.eastManager().username());
        manager.navigate(url("/cases"));
        manager.click(".case-row[data-case-number='" + found.number() + "']");
        assertThat(manager.locator("#loop-panel #send-to-customer")).isVisible();
        assertThat(manager.locator("#loop-body")).containsText("王女士");
        manager.selectOption("#loop-survey", new SelectOption().setLabel("上菜体验"));
        manager.fill("#loop-body", "王女士您好：\n\n很抱歉让您吃到了凉菜。我们已在出餐口加装保温灯，并规定菜品出锅三分钟内上桌。\n\n"
                + "欢迎再来，也请告诉我们这次是否满意：{link}\n\n杭州西湖店");
        Browser.screenshot(manager, "loop-02-case-write-to-customer");
        manager.click("#send-to-customer");
        assertThat(manager.locator("#case-status")).hasText("等待顾客回复");
        assertThat(manager.locator(".loop-message")).hasCount(1);
        assertThat(manager.locator(".loop-message .delivery")).hasText("排队中");

        deliveries.deliverDue();
        String body = (String) received("wang.customer@example.com").getContent();
        Matcher personal = Pattern.compile("http://localhost:\\d+/s/\\S+").matcher(body);
        assertThat(personal.find()).as(body).isTrue();
        customer.navigate(personal.group());
        assertThat(customer.locator("details.contact")).hasCount(0);
        customer.click("label[for=nps-9]");
        customer.fill("textarea[name=reason]", "这次菜是热的，谢谢你们的用心！");
        customer.click("button[type=submit]");
        assertThat(customer.locator("h1")).hasText("感谢您的反馈！");
        dispatcher.dispatchPending();

        manager.reload();
        assertThat(manager.locator(".loop-message .delivery")).hasText("已发送");
        assertThat(manager.locator(".timeline")).containsText("NPS 9 · 这次菜是热的，谢谢你们的用心！");
        manager.selectOption("#rootCauseId", new SelectOption().setLabel("菜品温度"));
        manager.fill("#resolution", "已向顾客致歉并说明改进；顾客回访打 9 分。");
        manager.click("#resolve");
        assertThat(manager.locator("#case-status")).hasText("已解决");
        manager.click("#to-CLOSED");
        assertThat(manager.locator("#case-status")).hasText("已关闭");
        Browser.screenshot(manager, "loop-03-case-closed");

        manager.navigate(url("/cases"));
        assertThat(manager.locator("#recovery-rate")).hasText("100%");
        Browser.screenshot(manager, "loop-04-cases-recovery");

        manager.navigate(url("/cases/reports?dimension=ROOT_CAUSE"));
        assertThat(manager.locator("#report-table tbody tr")).hasCount(1);
        assertThat(manager.locator("#report-table tbody tr td").first()).hasText("菜品温度");
        assertThat(manager.locator("#report-table tbody tr td:nth-child(6)")).hasText("1");
        assertThat(manager.locator("#recovery-table tbody tr.fw-semibold .rate")).hasText("100%");
        manager.waitForFunction("() => document.querySelector('#report-chart canvas') !== null");
        Browser.screenshot(manager, "loop-05-case-reports");

        manager.click("#report-table tbody tr .start-initiative");
        assertThat(manager.locator("#initiative-case-count")).hasText("包含 1 个工单。");
        manager.fill("#title", "出餐保温改进");
        manager.selectOption("#departmentId", new SelectOption().setLabel("厨房"));
        manager.selectOption("#touchpointId", new SelectOption().setLabel("用餐 › 就餐 › 上菜"));
        Browser.screenshot(manager, "loop-06-initiative-new");
        manager.click("#create-initiative");
        assertThat(manager.locator("#initiative-status")).hasText("计划中");
        manager.fill("#taskTitle", "出餐口加装保温灯");
        manager.click("#add-task");
        assertThat(manager.locator("#task-list .task")).hasCount(1);
        assertThat(manager.locator("#initiative-cases a")).hasCount(1);
        Browser.screenshot(manager, "loop-07-initiative");
        manager.navigate(url("/initiatives"));
        assertThat(manager.locator(".initiative-row")).hasCount(1);
        Browser.screenshot(manager, "loop-08-initiatives");

        Page english = browser.person("en-US", 1366, 900);
        signIn(english, chain.eastManager().username());
        for (String path : List.of("/cases/reports", "/initiatives", "/initiatives/new", "/cases/" + found.id())) {
            english.navigate(url(path));
            assertThat(english.locator(".sidebar")).containsText("Initiatives");
            assertThat(english.locator("body")).not().containsText("??");
        }
        assertThat(english.locator("#loop-panel")).containsText("Write to the customer");
        Browser.screenshot(english, "loop-09-case-en");
    }

    private MimeMessage received(String to) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + to);
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
