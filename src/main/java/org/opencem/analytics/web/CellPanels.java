package org.opencem.analytics.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.journey.Journeys;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** Opens a heatmap cell: a unit (in scope) × a touchpoint (of the tenant) over the view's period. */
@Component
class CellPanels {

    static final int COMMENTS = 10;
    static final int CASES = 10;

    private final EngineReports reports;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final FeedbackVoices voices;

    CellPanels(EngineReports reports, OrgUnits orgUnits, Journeys journeys, FeedbackVoices voices) {
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.voices = voices;
    }

    CellPanel open(Scope scope, ViewContext ctx, UUID unitId, String touchpointParam) {
        OrgUnit unit = orgUnits.get(scope, unitId);
        Touchpoint touchpoint = touchpoint(scope, touchpointParam);
        MetricReport report = reports.report(scope, new MetricQuery(unit.id(),
                DateRange.of(ctx.filter().from(), ctx.filter().to()), Comparison.NONE, GroupBy.NONE,
                List.of(EngineReports.metric(ctx.metric()), Metric.NET_SENTIMENT),
                MetricFilter.touchpoints(Set.of(touchpoint.id()))));
        FeedbackVoices.Slice slice = new FeedbackVoices.Slice(unit.path(), touchpoint.id(), ctx.filter().from(),
                ctx.filter().to());
        return new CellPanel(unit, touchpoint, ctx.metric(), report.total().values().get(ctx.metric().code()),
                report.total().values().get(Metric.NET_SENTIMENT.code()), voices.comments(scope, slice, COMMENTS),
                voices.cases(scope, slice, CASES));
    }

    Touchpoint touchpoint(Scope scope, String touchpointParam) {
        if (touchpointParam == null || touchpointParam.isBlank()) {
            throw InvalidInputException.of("touchpoint", "common.required");
        }
        try {
            return journeys.touchpoint(scope.tenantId(), UUID.fromString(touchpointParam.trim()))
                    .orElseThrow(() -> InvalidInputException.of("touchpoint", "analytics.error.touchpoint"));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("touchpoint", "analytics.error.touchpoint");
        }
    }
}
