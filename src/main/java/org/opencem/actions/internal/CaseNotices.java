package org.opencem.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencem.actions.AlertRecipients;
import org.opencem.actions.AlertRule;
import org.opencem.notify.ChannelEvent;
import org.opencem.notify.EventTypes;
import org.opencem.notify.NotificationText;
import org.opencem.notify.Notifications;
import org.opencem.notify.UserNotice;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to their cases, through notify, in the caller's transaction: new
 * cases to their owners or whom their rule names, assignments, mentions, SLA reminders and escalations (escalations also
 * to the tenant's channels). Texts are message keys, read in each recipient's language.
 */
@Component
public class CaseNotices {

    private final Notifications notifications;
    private final Clock clock;

    CaseNotices(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * New cases from one batch: one notice per person however many cases they are told of, and one
     * event per set of channels some rules named. Keyed by the first case, so a batch repeated
     * after a crash, which opens no new case, tells nobody again.
     */
    void opened(UUID tenantId, Map<UUID, List<Opened>> byPerson, Map<List<String>, List<Opened>> byChannels) {
        byPerson.forEach((person, cases) -> notifications.notifyUsers(new UserNotice(tenantId,
                "case-" + cases.get(0).caseId() + "-opened-" + person, EventTypes.CASE_OPENED, List.of(person),
                openedSubject(cases), NotificationText.of("notice.case.opened.body"), openedLink(cases))));
        byChannels.forEach((channels, cases) -> notifications.publishTo(new ChannelEvent(tenantId,
                "case-" + cases.get(0).caseId() + "-opened-channels", EventTypes.CASE_OPENED, openedSubject(cases),
                NotificationText.of("notice.case.opened.body"), openedLink(cases),
                Map.of("caseIds", cases.stream().map(c -> c.caseId().toString()).toList(),
                        "caseNumbers", cases.stream().map(Opened::number).toList())), channels));
    }

    /**
     * Who hears of a new case: for a case a rule opened, whom the rule names (the owner, the
     * owner's manager, that is whom the case would be escalated to, chosen users); for a case opened
     * by hand, its owner.
     */
    static Set<UUID> toldOfOpening(AlertRule rule, CaseRouter.Routing routing, UUID unitId, UUID owner) {
        if (rule == null) {
            return owner == null ? Set.of() : Set.of(owner);
        }
        AlertRecipients recipients = rule.recipients();
        Set<UUID> told = new LinkedHashSet<>();
        if (recipients.caseOwner() && owner != null) {
            told.add(owner);
        }
        if (recipients.ownersManager()) {
            routing.nextUp(unitId, owner).ifPresent(told::add);
        }
        told.addAll(recipients.users());
        return told;
    }

    private static NotificationText openedSubject(List<Opened> cases) {
        Opened first = cases.get(0);
        return cases.size() == 1
                ? NotificationText.of("notice.case.opened.one", first.number(), title(first.title()))
                : NotificationText.of("notice.case.opened.many", cases.size());
    }

    private static String openedLink(List<Opened> cases) {
        return cases.size() == 1 ? link(cases.get(0).caseId()) : "/cases";
    }

    /** A case just opened, for {@link #opened}. */
    record Opened(UUID caseId, long number, String title) {
    }

    public void assigned(UUID tenantId, UUID caseId, long number, String title, UUID assignee) {
        notifications.notifyUsers(new UserNotice(tenantId, key(caseId, "assigned-" + assignee), EventTypes.CASE_ASSIGNED,
                List.of(assignee), NotificationText.of("notice.case.assigned", number, title(title)),
                NotificationText.of("notice.case.assigned.body"), link(caseId)));
    }

    public void mentioned(UUID tenantId, UUID caseId, long number, String title, UUID mentioned, String by, String note) {
        notifications.notifyUsers(new UserNotice(tenantId, key(caseId, "mention-" + mentioned), EventTypes.CASE_MENTIONED,
                List.of(mentioned), NotificationText.of("notice.case.mentioned", by, number),
                NotificationText.plain(note), link(caseId)));
    }

    void reminded(UUID tenantId, UUID caseId, long number, String title, UUID owner, Instant due) {
        notifications.notifyUsers(new UserNotice(tenantId, "case-" + caseId + "-reminder-" + due.toEpochMilli(),
                EventTypes.CASE_SLA_REMINDER, List.of(owner), NotificationText.of("notice.case.reminder", number, title(title)),
                NotificationText.of("notice.case.reminder.body", due.toString()), link(caseId)));
    }

    void escalated(UUID tenantId, UUID caseId, long number, String title, UUID to, String reason) {
        String key = key(caseId, "escalated-" + to);
        NotificationText subject = NotificationText.of("notice.case.escalated", number, title(title));
        NotificationText body = reasonText(reason);
        notifications.notifyUsers(new UserNotice(tenantId, key, EventTypes.CASE_ESCALATED, List.of(to), subject, body,
                link(caseId)));
        notifications.publish(new ChannelEvent(tenantId, key, EventTypes.CASE_ESCALATED, subject, body, link(caseId),
                Map.of("caseId", caseId.toString(), "caseNumber", number, "escalatedTo", to.toString())));
    }

    /** The SLA job's reasons are codes with a message; a person's reason is their own words. */
    private static NotificationText reasonText(String reason) {
        return switch (reason) {
            case "FIRST_RESPONSE_BREACHED", "RESOLUTION_BREACHED" -> NotificationText.of("case.reason." + reason);
            default -> NotificationText.plain(reason);
        };
    }

    private String key(UUID caseId, String what) {
        return "case-" + caseId + "-" + what + "-" + clock.millis();
    }

    private static String link(UUID caseId) {
        return "/cases/" + caseId;
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "—" : title;
    }
}
