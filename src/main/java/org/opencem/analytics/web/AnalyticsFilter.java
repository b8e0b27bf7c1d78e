package org.opencem.analytics.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.analytics.ViewMetric;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/**
 * What every analytics view is filtered by, read from the URL so any view can be bookmarked:
 * the org unit ({@code unit}, default the caller's top unit), the period ({@code from}/{@code to},
 * or {@code weeks} back from today, default 12) and the metric to rank and colour by. Bad values
 * are refused with a message per parameter rather than silently replaced.
 */
public record AnalyticsFilter(UUID unit, LocalDate from, LocalDate to, int weeks, ViewMetric metric) {

    static final List<Integer> WEEK_CHOICES = List.of(4, 12, 26, 52);
    static final int DEFAULT_WEEKS = 12;
    /** Two years: longer spans are typing errors, and the rollups behind them are not kept forever. */
    static final int MAX_DAYS = 731;

    static AnalyticsFilter parse(String unit, String from, String to, String weeks, String metric, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        UUID unitId = null;
        if (unit != null && !unit.isBlank()) {
            try {
                unitId = UUID.fromString(unit.trim());
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("unit", "analytics.error.unit"));
            }
        }
        int weekCount = 0;
        if (weeks != null && !weeks.isBlank()) {
            try {
                weekCount = Integer.parseInt(weeks.trim());
            } catch (NumberFormatException e) {
                weekCount = -1;
            }
            if (weekCount < 1 || weekCount > 104) {
                violations.add(Violation.of("weeks", "analytics.error.weeks", weeks));
            }
        }
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        boolean noDates = (from == null || from.isBlank()) && (to == null || to.isBlank());
        int span = weekCount > 0 ? weekCount : DEFAULT_WEEKS;
        LocalDate presetFrom = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(span - 1L);
        // the filter form sends the preset's dates along; they only override it when someone changed them
        boolean presetDates = weekCount > 0 && presetFrom.equals(fromDate) && today.equals(toDate);
        if (noDates || presetDates) {
            toDate = today;
            fromDate = presetFrom;
            weekCount = span;
        } else if (fromDate != null && toDate == null && (to == null || to.isBlank())) {
            toDate = today;
            weekCount = 0;
        } else if (fromDate == null && (from == null || from.isBlank()) && toDate != null) {
            violations.add(Violation.of("from", "common.required"));
        } else {
            weekCount = 0;
        }
        if (fromDate != null && toDate != null) {
            if (toDate.isBefore(fromDate)) {
                violations.add(Violation.of("to", "analytics.error.periodOrder"));
            } else if (toDate.toEpochDay() - fromDate.toEpochDay() >= MAX_DAYS) {
                violations.add(Violation.of("to", "analytics.error.periodLength", MAX_DAYS));
            } else if (fromDate.isAfter(today)) {
                violations.add(Violation.of("from", "analytics.error.periodFuture"));
            }
        }
        ViewMetric viewMetric = ViewMetric.CX_INDEX;
        if (metric != null && !metric.isBlank()) {
            viewMetric = ViewMetric.parse(metric).orElse(null);
            if (viewMetric == null) {
                violations.add(Violation.of("metric", "analytics.error.metric", metric, ViewMetric.codes()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AnalyticsFilter(unitId, fromDate, toDate, weekCount, viewMetric);
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "analytics.error.date", text));
            return null;
        }
    }

    AnalyticsFilter withUnit(UUID other) {
        return new AnalyticsFilter(other, from, to, weeks, metric);
    }

    /** The query parameters that reproduce this filter, for links; {@code weeks} when it was a preset. */
    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            params.put("unit", unit);
        }
        if (weeks > 0) {
            params.put("weeks", weeks);
        } else {
            params.put("from", from);
            params.put("to", to);
        }
        params.put("metric", metric.code());
        return params;
    }
}
