package org.opencem.analytics.web;

import java.util.List;
import java.util.UUID;

import org.opencem.analytics.ViewMetric;
import org.opencem.organization.OrgUnit;

/**
 * What every analytics view shows around its content: the filter, the unit looked at (null for
 * "all my units" when the caller has several scope roots), the breadcrumbs up to the top of their
 * scope, the units they may pick, and links that keep the filter.
 */
public record ViewContext(AnalyticsFilter filter, OrgUnit unit, List<OrgUnit> breadcrumbs, List<OrgUnit> units,
                   ViewLinks links) {

    public UUID unitId() {
        return unit == null ? null : unit.id();
    }

    public ViewMetric metric() {
        return filter.metric();
    }

    public List<Integer> weekChoices() {
        return AnalyticsFilter.WEEK_CHOICES;
    }

    public ViewMetric[] metrics() {
        return ViewMetric.values();
    }
}
