package org.opencem.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.analytics.Goal;
import org.opencem.analytics.GoalInput;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/** The goal form as typed, so a refused form comes back with what was entered. */
record GoalForm(String metric, String orgUnitId, String departmentId, String periodStart, String periodEnd,
                String target, String note) {

    static GoalForm empty(UUID unitId, LocalDate start, LocalDate end) {
        return new GoalForm("nps", unitId == null ? "" : unitId.toString(), "", start.toString(), end.toString(), "", "");
    }

    static GoalForm of(Goal goal) {
        return new GoalForm(goal.metric().code(), goal.orgUnitId().toString(),
                goal.departmentId() == null ? "" : goal.departmentId().toString(), goal.periodStart().toString(),
                goal.periodEnd().toString(), plain(goal.target()), goal.note() == null ? "" : goal.note());
    }

    /** Reads the typed text; what cannot be read is refused here, the rest is checked by the goals service. */
    GoalInput toInput() {
        List<Violation> violations = new ArrayList<>();
        UUID unit = id("orgUnitId", orgUnitId, violations);
        UUID department = id("departmentId", departmentId, violations);
        LocalDate start = date("periodStart", periodStart, violations);
        LocalDate end = date("periodEnd", periodEnd, violations);
        Double value = null;
        if (target != null && !target.isBlank()) {
            try {
                value = Double.valueOf(target.trim());
            } catch (NumberFormatException e) {
                violations.add(Violation.of("target", "analytics.goal.error.number", target));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new GoalInput(metric, unit, department, start, end, value, note);
    }

    private static UUID id(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, "analytics.error.unit"));
            return null;
        }
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

    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
