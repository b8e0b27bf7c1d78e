package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the filter of a request and resolves its unit within the caller's scope. */
@Component
class ViewContexts {

    private final OrgUnits orgUnits;
    private final Clock clock;
    private final ZoneId zone;

    ViewContexts(OrgUnits orgUnits, Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.orgUnits = orgUnits;
        this.clock = clock;
        this.zone = zone;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The context of a view. A unit outside the caller's scope is "not found", exactly like one
     * that does not exist; without a unit the caller's single top unit is looked at.
     */
    ViewContext of(CurrentUser me, String unit, String from, String to, String weeks, String metric,
                   Map<String, Object> extraParams) {
        AnalyticsFilter filter = AnalyticsFilter.parse(unit, from, to, weeks, metric, today());
        OrgUnit looked;
        if (filter.unit() != null) {
            looked = orgUnits.get(me.scope(), filter.unit());
        } else {
            List<OrgUnit> roots = orgUnits.scopeRoots(me.scope());
            looked = roots.size() == 1 ? roots.get(0) : null;
        }
        List<OrgUnit> crumbs = looked == null ? List.of() : orgUnits.breadcrumbs(me.scope(), looked);
        AnalyticsFilter resolved = looked == null ? filter : filter.withUnit(looked.id());
        return new ViewContext(resolved, looked, crumbs, orgUnits.visible(me.scope()),
                new ViewLinks(resolved, extraParams));
    }
}
