package org.opencem.notify;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification to console users: in the bell and on /notifications, and by email to each
 * user's address unless they turned email off for the event type.
 *
 * @param tenantId       the users' tenant; users of another tenant are ignored
 * @param idempotencyKey the caller's key for this notification (e.g. {@code "case-42-opened"}): a
 *                       second call with the same key notifies nobody twice
 * @param eventType      e.g. {@link EventTypes#CASE_OPENED}
 * @param userIds        the recipients
 * @param subject        one line: the bell, the list and the email subject
 * @param body           the text of the email and of the notification
 * @param link           the console page it is about, as a path ({@code "/cases/42"}), or null
 */
public record UserNotice(UUID tenantId, String idempotencyKey, String eventType, List<UUID> userIds,
                         NotificationText subject, NotificationText body, String link) {

    public UserNotice {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        userIds = List.copyOf(userIds);
        Checks.key(idempotencyKey);
        Checks.eventType(eventType);
    }
}
