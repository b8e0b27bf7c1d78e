package org.opencem.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * The period of a dashboard or widget, relative to the day it is opened so a saved dashboard
 * stays current: this week (Monday to today), the last 7 days, last week, the last N whole weeks up
 * to today, or fixed dates.
 */
public enum DashboardPeriod {
    THIS_WEEK("this_week", 1),
    /** Today and the six days before: a week that is never just a Monday morning. */
    LAST_7_DAYS("7d", 1),
    LAST_WEEK("last_week", 1),
    WEEKS_4("4w", 4),
    WEEKS_12("12w", 12),
    WEEKS_26("26w", 26),
    WEEKS_52("52w", 52),
    CUSTOM("custom", 0);

    private final String code;
    private final int weeks;

    DashboardPeriod(String code, int weeks) {
        this.code = code;
        this.weeks = weeks;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "dashboards.period." + code;
    }

    /** The days this period covers on {@code today}; {@code from}/{@code to} only for {@link #CUSTOM}. */
    public DateRange on(LocalDate today, LocalDate from, LocalDate to) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case CUSTOM -> new DateRange(from, to);
            case LAST_7_DAYS -> new DateRange(today.minusDays(6), today);
            case LAST_WEEK -> new DateRange(monday.minusWeeks(1), monday.minusDays(1));
            default -> new DateRange(monday.minusWeeks(weeks - 1L), today);
        };
    }

    public static Optional<DashboardPeriod> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(DashboardPeriod::code).toList());
    }
}
