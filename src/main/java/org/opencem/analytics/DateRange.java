package org.opencem.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.opencem.platform.InvalidInputException;

/** Whole days from {@code from} to {@code to}, both included, in the tenant's reporting time zone. */
public record DateRange(LocalDate from, LocalDate to) {

    /** Ten years: longer than any history, short enough that a typo is caught. */
    public static final int MAX_DAYS = 3660;

    /** Checks the range as input: both ends given, in order, and not absurdly long. */
    public static DateRange of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw InvalidInputException.of("from", "metrics.error.periodMissing");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "metrics.error.periodMissing");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "metrics.error.periodReversed", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("from", "metrics.error.periodTooLong", MAX_DAYS);
        }
        return new DateRange(from, to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The same number of days just before this range. */
    public DateRange previous() {
        return new DateRange(from.minusDays(days()), from.minusDays(1));
    }

    /** The same dates a year earlier. */
    public DateRange yearBefore() {
        return new DateRange(from.minusYears(1), to.minusYears(1));
    }
}
