package org.opencem.analytics;

import java.time.LocalDate;
import java.util.List;

import org.opencem.organization.OrgUnit;

/**
 * The overview of one org unit (or of all the caller's units when {@code unit} is null):
 * totals, the weekly trend and the children side by side.
 */
public record DashboardView(OrgUnit unit, List<OrgUnit> breadcrumbs, Period period, Metrics total,
                            List<WeekPoint> trend, List<UnitRow> children) {

    public record WeekPoint(LocalDate weekStart, Metrics metrics) {
    }

    public record UnitRow(OrgUnit unit, Metrics metrics) {
    }
}
