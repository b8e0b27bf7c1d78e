package org.opencem.analytics;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user's email digest: sent at {@code hour} (0–23, in the reporting time zone) every day, or on
 * {@code weekday} for a weekly one, in the user's language and only about the user's own scope.
 * {@code userName} is null when the user no longer exists.
 */
public record DigestSubscription(UUID id, UUID userId, String userName, String userEmail, boolean userActive,
                                 DigestFrequency frequency, DayOfWeek weekday, int hour, boolean enabled,
                                 OffsetDateTime createdAt) {
}
