package org.opencem.signals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the times sources write: ISO 8601 with an offset, or a local date and time as exports
 * and spreadsheets write them ("2026-11-02 12:30", "2026/11/02 12:30:05", "2026-11-02"), which
 * are read in the tenant's time zone.
 */
final class SignalTimes {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"));

    private SignalTimes() {
    }

    static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notWithOffset) {
            // try the local forms
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format).atStartOfDay(zone).toOffsetDateTime());
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        return Optional.empty();
    }
}
