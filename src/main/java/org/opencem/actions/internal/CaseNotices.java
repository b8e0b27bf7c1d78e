package org.opencem.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.notify.ChannelEvent;
import org.opencem.notify.EventTypes;
import org.opencem.notify.NotificationText;
import org.opencem.notify.Notifications;
import org.opencem.notify.UserNotice;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to their cases, through notify, in the caller's transaction: new
 * cases to their owners, assignments, mentions, SLA reminders and escalations (escalations also
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

    /** New cases from one batch, one notice per owner however many cases they got. */
    void opened(UUID tenantId, Map<UUID, List<Opened>> byOwner) {
        byOwner.forEach((owner, cases) -> {
            Opened first = cases.get(0);
            NotificationText subject = cases.size() == 1
                    ? NotificationText.of("notice.case.opened.one", first.number(), title(first.title()))
                    : NotificationText.of("notice.case.opened.many", cases.size());
            notifications.notifyUsers(new UserNotice(tenantId, "case-" + first.caseId() + "-opened-" + owner,
                    EventTypes.CASE_OPENED, List.of(owner), subject, NotificationText.of("notice.case.opened.body"),
                    cases.size() == 1 ? link(first.caseId()) : "/cases"));
        });
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
