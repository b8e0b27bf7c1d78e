package org.opencem.notify.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An in-app notification; subject and body are stored texts, resolved in the reader's language. */
public record InboxItem(UUID id, String eventType, String subjectJson, String bodyJson, String link,
                        OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
