package org.opencem.actions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A tenant's working week: SLA clocks only run while it is open. Opening hours are the same on
 * every working day and lie within one day (opens before closes); holidays are whole days off.
 */
public record BusinessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workDays,
                            Set<LocalDate> holidays) {

    public BusinessHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening hours must open before they close");
        }
        if (workDays.isEmpty()) {
            throw new IllegalArgumentException("At least one working day is needed");
        }
        workDays = Set.copyOf(workDays);
        holidays = Set.copyOf(holidays);
    }

    /** The moment {@code minutes} business minutes after {@code start}. */
    public Instant plus(Instant start, long minutes) {
        ZonedDateTime at = nextOpen(start.atZone(zone));
        Duration left = Duration.ofMinutes(minutes);
        while (true) {
            Duration today = Duration.between(at.toLocalTime(), closes);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(today);
            at = nextOpen(at.toLocalDate().plusDays(1).atTime(opens).atZone(zone));
        }
    }

    /** {@code at} if the business is open then, else the next moment it opens. */
    private ZonedDateTime nextOpen(ZonedDateTime at) {
        ZonedDateTime candidate = at;
        while (true) {
            LocalDate date = candidate.toLocalDate();
            LocalTime time = candidate.toLocalTime();
            if (isWorkingDay(date) && time.isBefore(closes)) {
                return time.isBefore(opens) ? date.atTime(opens).atZone(zone) : candidate;
            }
            candidate = date.plusDays(1).atTime(opens).atZone(zone);
        }
    }

    private boolean isWorkingDay(LocalDate date) {
        return workDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
