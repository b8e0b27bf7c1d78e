package org.opencem.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.opencem.platform.Violation;

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

    /** Two years, as on every analytics view: a longer span is a typing error. */
    public static final int MAX_DAYS = 731;

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

    /**
     * Reads a period as typed: a code, and for {@link #CUSTOM} both dates, in order, at most
     * {@link #MAX_DAYS} long and not starting after {@code today}. What is wrong is added to
     * {@code violations} under {@code prefix} + period, from or to; the answer has only the period set.
     */
    public static DashboardFilter read(String prefix, String code, String from, String to, LocalDate today,
                                       List<Violation> violations) {
        DashboardPeriod period = null;
        if (code != null && !code.isBlank()) {
            period = parse(code).orElse(null);
            if (period == null) {
                violations.add(Violation.of(prefix + "period", "metrics.error.unknownChoice", code, codes()));
            }
        }
        if (period != CUSTOM) {
            return new DashboardFilter(period, null, null, null, List.of(), List.of(), null);
        }
        LocalDate start = date(prefix + "from", from, violations);
        LocalDate end = date(prefix + "to", to, violations);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                violations.add(Violation.of(prefix + "to", "analytics.error.periodOrder"));
            } else if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
                violations.add(Violation.of(prefix + "to", "analytics.error.periodLength", MAX_DAYS));
            } else if (start.isAfter(today)) {
                violations.add(Violation.of(prefix + "from", "analytics.error.periodFuture"));
            }
        }
        return new DashboardFilter(period, start, end, null, List.of(), List.of(), null);
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "common.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "analytics.error.date", text));
            return null;
        }
    }

    public static Optional<DashboardPeriod> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(DashboardPeriod::code).toList());
    }
}
