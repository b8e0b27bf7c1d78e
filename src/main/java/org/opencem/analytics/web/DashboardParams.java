package org.opencem.analytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.analytics.DashboardFilter;
import org.opencem.analytics.DashboardPeriod;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;

/**
 * What a viewer chose above a dashboard (unit and period), read from the URL so the view can be
 * bookmarked; it applies to every widget. A period that cannot be is refused by parameter name; a
 * unit the viewer cannot see is not refused here but shows nothing.
 */
record DashboardParams(String unit, String period, String from, String to) {

    DashboardFilter toFilter(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        UUID unitId = null;
        if (!blank(unit)) {
            try {
                unitId = UUID.fromString(unit.trim());
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("unit", "analytics.error.unit"));
            }
        }
        // dates alone mean those dates; a start alone runs to today
        boolean dates = !blank(from) || !blank(to);
        String code = blank(period) && dates ? DashboardPeriod.CUSTOM.code() : period;
        DashboardFilter chosen = DashboardPeriod.read("", code, from, blank(to) ? today.toString() : to, today, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return chosen.withUnit(unitId);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
