package org.opencem.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Whole weeks, Monday to Sunday, ending with the current week. */
public record Period(LocalDate from, LocalDate to, int weeks) {

    public static final List<Integer> CHOICES = List.of(4, 12, 26);

    public static Period lastWeeks(int weeks, LocalDate today) {
        int bounded = CHOICES.contains(weeks) ? weeks : 12;
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday.minusWeeks(bounded - 1L), today, bounded);
    }

    public List<LocalDate> weekStarts() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate week = from; !week.isAfter(to); week = week.plusWeeks(1)) {
            starts.add(week);
        }
        return starts;
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
