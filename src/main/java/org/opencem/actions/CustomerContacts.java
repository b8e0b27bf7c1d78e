package org.opencem.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.internal.CaseHistory;
import org.opencem.actions.internal.loop.MessageTemplates;
import org.opencem.actions.internal.loop.MessageTemplates.Template;
import org.opencem.feedback.Customer;
import org.opencem.feedback.Customers;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.PersonalRef;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.CustomerEmail;
import org.opencem.notify.CustomerSms;
import org.opencem.notify.Delivery;
import org.opencem.notify.NotificationText;
import org.opencem.notify.Notifications;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Role;
import org.opencem.platform.Violation;
import org.opencem.survey.SurveyStatus;
import org.opencem.survey.Surveys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop with the customer: writing to them from their case ("we heard you; this is
 * what we did"), optionally with a personal follow-up survey link, and taking in what they answer.
 */
@Service
public class CustomerContacts {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_SMS = 500;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final FeedbackRecords feedback;
    private final Customers customers;
    private final Surveys surveys;
    private final UserAccounts users;
    private final MessageTemplates templates;
    private final Notifications notifications;
    private final Clock clock;

    CustomerContacts(JdbcClient jdbc, Cases cases, FeedbackRecords feedback, Customers customers, Surveys surveys,
                     UserAccounts users, MessageTemplates templates, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.feedback = feedback;
        this.customers = customers;
        this.surveys = surveys;
        this.users = users;
        this.templates = templates;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The panel's starting point: the customer, the channels they may be reached on, the template filled in. */
    public CustomerContactDraft draft(CurrentUser me, UUID caseId, ContactChannel wanted) {
        CaseSummary found = cases.get(me.scope(), caseId);
        Optional<FeedbackRecord> record = record(me, found);
        Customer customer = record.flatMap(r -> customer(me.tenantId(), r)).orElse(null);
        List<ContactChannel> channels = new ArrayList<>();
        if (customer != null && customer.reachableByEmail()) {
            channels.add(ContactChannel.EMAIL);
        }
        if (customer != null && customer.reachableBySms()) {
            channels.add(ContactChannel.SMS);
        }
        ContactChannel channel = channels.contains(wanted) ? wanted : channels.isEmpty() ? ContactChannel.EMAIL : channels.get(0);
        Locale language = record.map(FeedbackRecord::language).map(Locale::forLanguageTag)
                .orElse(java.util.Objects.requireNonNullElse(me.locale(), Locale.SIMPLIFIED_CHINESE));
        Template filled = templates.template(me.tenantId(), channel, language).fill(Map.of(
                "customer", customer == null || customer.name() == null ? "" : customer.name(),
                "store", found.orgUnitName(),
                "case", String.valueOf(found.number()),
                "done", whatWasDone(me, found)));
        List<CustomerContactDraft.FollowUpSurvey> choices = surveys.all(me.tenantId()).stream()
                .filter(s -> s.status() == SurveyStatus.PUBLISHED)
                .map(s -> new CustomerContactDraft.FollowUpSurvey(s.id(), s.name())).toList();
        return new CustomerContactDraft(caseId, customer == null ? null : customer.name(),
                customer == null ? null : customer.email(), customer == null ? null : customer.phone(), channels, channel,
                filled.subject(), filled.body(), choices);
    }

    /**
     * Writes to the customer: stores the message, records it in the case's history and hands it to
     * delivery. {@code publicBaseUrl} is where respondents reach this server ("https://cx.example.com").
     */
    @Transactional
    public CustomerMessage write(CurrentUser me, UUID caseId, CustomerContactRequest request, String publicBaseUrl) {
        if (me.role() == Role.ANALYST) {
            throw new AccessDeniedException("Analysts read cases but do not work them");
        }
        CaseSummary found = cases.get(me.scope(), caseId);
        Optional<FeedbackRecord> record = record(me, found);
        Customer customer = record.flatMap(r -> customer(me.tenantId(), r))
                .orElseThrow(() -> InvalidInputException.of("channel", "loop.error.noCustomer"));
        Locale language = record.map(FeedbackRecord::language).map(Locale::forLanguageTag)
                .orElse(java.util.Objects.requireNonNullElse(me.locale(), Locale.SIMPLIFIED_CHINESE));
        String recipient = checked(customer, request);
        String body = request.body().strip();
        if (request.followUpSurveyId() != null) {
            String link = publicBaseUrl + surveys.link(me.scope(), request.followUpSurveyId(), found.orgUnitId()).path()
                    + "?c=" + customers.sign(me.tenantId(), new PersonalRef(customer.id(), caseId));
            body = body.contains(MessageTemplates.LINK) ? body.replace(MessageTemplates.LINK, link) : body + "\n\n" + link;
        } else {
            body = body.replace(MessageTemplates.LINK, "").strip();
        }
        String subject = request.channel() == ContactChannel.EMAIL ? request.subject().strip() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = Ids.newId();
        String reference = "C-" + found.number();
        // queued in this transaction: if anything below fails, nothing is sent
        UUID delivery = request.channel() == ContactChannel.EMAIL
                ? notifications.emailCustomer(new CustomerEmail(me.tenantId(), "case-message:" + id, recipient, language,
                        NotificationText.plain(subject), NotificationText.plain(body), null, reference))
                : notifications.smsCustomer(new CustomerSms(me.tenantId(), "case-message:" + id, recipient, language,
                        NotificationText.plain(body), reference));
        jdbc.sql("""
                insert into customer_message (tenant_id, id, case_id, customer_id, channel, recipient, subject, body,
                                              followup_survey_id, delivery_id, sent_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(me.tenantId(), id, caseId, customer.id(), request.channel().name(), recipient, subject, body,
                        request.followUpSurveyId(), delivery, me.userId(), now).update();
        CaseHistory.append(jdbc, me.tenantId(), caseId, "CUSTOMER_CONTACTED", me.userId(),
                request.channel() + " · " + recipient + (subject == null ? "" : " · " + subject), now);
        if (found.status().canMoveTo(CaseStatus.WAITING_FOR_CUSTOMER)) {
            cases.changeStatus(me, caseId, CaseStatus.WAITING_FOR_CUSTOMER, null, null, now);
        }
        return messages(me, caseId).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** The tenant's wording for a channel, with its placeholders, in {@code locale} until the tenant writes its own. */
    public CustomerMessageTemplate template(CurrentUser me, ContactChannel channel, Locale locale) {
        Template template = templates.template(me.tenantId(), channel, locale);
        return new CustomerMessageTemplate(channel, template.subject(), template.body());
    }

    /** Replaces the tenant's wording for a channel: for those who manage configuration. */
    @Transactional
    public CustomerMessageTemplate saveTemplate(CurrentUser me, CustomerMessageTemplate template) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Message templates are configuration");
        }
        List<Violation> problems = new ArrayList<>();
        String body = template.body() == null ? "" : template.body().strip();
        String subject = template.subject() == null ? "" : template.subject().strip();
        if (body.isEmpty()) {
            problems.add(Violation.of("body", "loop.error.required"));
        } else if (body.length() > Cases.MAX_TEXT) {
            problems.add(Violation.of("body", "loop.error.tooLong", Cases.MAX_TEXT));
        }
        if (template.channel() == ContactChannel.EMAIL && subject.isEmpty()) {
            problems.add(Violation.of("subject", "loop.error.required"));
        } else if (subject.length() > MAX_SUBJECT) {
            problems.add(Violation.of("subject", "loop.error.tooLong", MAX_SUBJECT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        templates.save(me.tenantId(), new Template(template.channel(),
                template.channel() == ContactChannel.EMAIL ? subject : null, body));
        return template(me, template.channel(), Locale.ROOT);
    }

    /** What was written to the customer of a case, newest first. */
    public List<CustomerMessage> messages(CurrentUser me, UUID caseId) {
        cases.get(me.scope(), caseId);
        Map<UUID, String> names = users.all(me.tenantId()).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        return jdbc.sql("select * from customer_message where tenant_id = ? and case_id = ? order by created_at desc, id desc")
                .params(me.tenantId(), caseId)
                .query((rs, i) -> new CustomerMessage(rs.getObject("id", UUID.class), caseId,
                        ContactChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), deliveryStatus(me.tenantId(), rs.getObject("delivery_id", UUID.class)),
                        names.get(rs.getObject("sent_by", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** A reply from the customer (posted by a person, or by the SMS gateway or mail system), kept in the case's history. */
    @Transactional
    public void attachReply(CurrentUser me, UUID caseId, ContactChannel channel, String text) {
        cases.get(me.scope(), caseId);
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw InvalidInputException.of("text", "loop.error.required");
        }
        if (reply.length() > Cases.MAX_TEXT) {
            throw InvalidInputException.of("text", "case.error.tooLong");
        }
        CaseHistory.append(jdbc, me.tenantId(), caseId, "CUSTOMER_REPLIED", null,
                (channel == null ? "" : channel + " · ") + reply, OffsetDateTime.now(clock));
    }

    private String checked(Customer customer, CustomerContactRequest request) {
        List<Violation> problems = new ArrayList<>();
        String recipient = null;
        if (request.channel() == ContactChannel.EMAIL && customer.reachableByEmail()) {
            recipient = customer.email();
        } else if (request.channel() == ContactChannel.SMS && customer.reachableBySms()) {
            recipient = customer.phone();
        } else {
            problems.add(Violation.of("channel", "loop.error.channel"));
        }
        String body = request.body() == null ? "" : request.body().strip();
        if (body.isEmpty()) {
            problems.add(Violation.of("body", "loop.error.required"));
        } else if (body.length() > (request.channel() == ContactChannel.SMS ? MAX_SMS : Cases.MAX_TEXT)) {
            problems.add(Violation.of("body", "loop.error.tooLong",
                    request.channel() == ContactChannel.SMS ? MAX_SMS : Cases.MAX_TEXT));
        }
        if (request.channel() == ContactChannel.EMAIL) {
            String subject = request.subject() == null ? "" : request.subject().strip();
            if (subject.isEmpty()) {
                problems.add(Violation.of("subject", "loop.error.required"));
            } else if (subject.length() > MAX_SUBJECT) {
                problems.add(Violation.of("subject", "loop.error.tooLong", MAX_SUBJECT));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return recipient;
    }

    /** The notify module's word on the delivery: PENDING, SENDING, SENT or FAILED. */
    private String deliveryStatus(UUID tenantId, UUID deliveryId) {
        return notifications.delivery(tenantId, deliveryId).map(Delivery::status).map(Enum::name).orElse("PENDING");
    }

    private Optional<FeedbackRecord> record(CurrentUser me, CaseSummary found) {
        return found.feedbackId() == null ? Optional.empty() : feedback.find(me.scope(), found.feedbackId());
    }

    private Optional<Customer> customer(UUID tenantId, FeedbackRecord record) {
        return record.customerId() == null ? Optional.empty() : customers.byExternalId(tenantId, record.customerId());
    }

    /** The resolution when there is one, else the latest note: what the handler most likely wants to tell. */
    private String whatWasDone(CurrentUser me, CaseSummary found) {
        if (found.resolution() != null) {
            return found.resolution();
        }
        List<CaseActivity> history = cases.history(me.scope(), found.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("NOTE".equals(history.get(i).kind())) {
                return history.get(i).body();
            }
        }
        return "";
    }
}
