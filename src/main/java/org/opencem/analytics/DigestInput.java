package org.opencem.analytics;

import java.time.DayOfWeek;
import java.util.UUID;

/** A digest subscription as asked for: whose, how often, on which weekday (weekly only) and at which hour. */
public record DigestInput(UUID userId, DigestFrequency frequency, DayOfWeek weekday, int hour, boolean enabled) {
}
