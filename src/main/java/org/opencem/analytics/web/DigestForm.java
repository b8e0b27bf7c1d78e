package org.opencem.analytics.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencem.analytics.DigestFrequency;
import org.opencem.analytics.DigestInput;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/** The digest form as typed (and the API's body), so a refused form comes back with what was entered. */
record DigestForm(String userId, String frequency, String weekday, String hour, String enabled) {

    static DigestForm empty(UUID userId) {
        return new DigestForm(userId.toString(), DigestFrequency.WEEKLY.name(), "1", "8", "true");
    }

    /** Reads the fields; each one that is not a value of its kind is refused beside its field. */
    DigestInput toInput() {
        List<Violation> violations = new ArrayList<>();
        UUID user = null;
        if (userId != null && !userId.isBlank()) {
            try {
                user = UUID.fromString(userId.trim());
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("userId", "analytics.digest.error.user"));
            }
        }
        DigestFrequency often = null;
        try {
            often = DigestFrequency.valueOf(frequency == null ? "" : frequency.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("frequency", "common.required"));
        }
        DayOfWeek day = null;
        if (weekday != null && !weekday.isBlank()) {
            try {
                day = DayOfWeek.of(Integer.parseInt(weekday.trim()));
            } catch (RuntimeException e) {
                violations.add(Violation.of("weekday", "analytics.digest.error.weekday"));
            }
        }
        int at = -1;
        try {
            at = Integer.parseInt(hour == null ? "" : hour.trim());
        } catch (NumberFormatException e) {
            violations.add(Violation.of("hour", "analytics.digest.error.hour"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DigestInput(user, often, day, at, enabled == null || Boolean.parseBoolean(enabled.trim())
                || "on".equalsIgnoreCase(enabled.trim()));
    }
}
