package org.opencem.analytics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.opencem.analytics.DigestFrequency;

/**
 * When a digest is due and what it covers. A daily digest at hour h covers yesterday; a weekly one
 * on weekday w at hour h covers the seven days before that day (a Monday digest: last Monday to
 * Sunday). Only the latest slot counts, so a job that was down for days sends one digest, not a pile.
 */
public final class DigestSchedule {

    private DigestSchedule() {
    }

    /** A scheduled sending: its key (the day it is sent), the days it covers and when it is due. */
    public record Slot(String key, LocalDate from, LocalDate to, ZonedDateTime dueAt) {
    }

    /** The latest slot at or before {@code now} (a time in the reporting zone). */
    public static Slot latest(DigestFrequency frequency, DayOfWeek weekday, int hour, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        if (frequency == DigestFrequency.DAILY) {
            LocalDate day = now.getHour() >= hour ? today : today.minusDays(1);
            return slot(day, 1, hour, now);
        }
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(weekday));
        if (day.equals(today) && now.getHour() < hour) {
            day = day.minusWeeks(1);
        }
        return slot(day, 7, hour, now);
    }

    /** The period a digest sent right now covers: the last complete day, or the last complete Monday-to-Sunday week. */
    public static Slot current(DigestFrequency frequency, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        if (frequency == DigestFrequency.DAILY) {
            return new Slot(today.toString(), today.minusDays(1), today.minusDays(1), now);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Slot(today.toString(), monday.minusWeeks(1), monday.minusDays(1), now);
    }

    private static Slot slot(LocalDate day, int days, int hour, ZonedDateTime now) {
        return new Slot(day.toString(), day.minusDays(days), day.minusDays(1),
                day.atTime(hour, 0).atZone(now.getZone()));
    }
}
