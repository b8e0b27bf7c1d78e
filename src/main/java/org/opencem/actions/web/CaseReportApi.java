package org.opencem.actions.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.CaseReport;
import org.opencem.actions.CaseReports;
import org.opencem.actions.RecoveryRate;
import org.opencem.actions.RecoveryRates;
import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case reports through the API, in the caller's scope. */
@RestController
@Tag(name = "Case reports")
class CaseReportApi {

    private final CaseReports reports;
    private final RecoveryRates recovery;
    private final Clock clock;

    CaseReportApi(CaseReports reports, RecoveryRates recovery, Clock clock) {
        this.reports = reports;
        this.recovery = recovery;
        this.clock = clock;
    }

    @GetMapping("/api/v1/case-reports")
    @Operation(summary = "Cases by root cause, topic, touchpoint, department, org unit or week",
            description = "Parameters: dimension (default TOUCHPOINT), from and to (ISO dates, default the last 90 days), "
                    + "unit (an org unit id) and key (one group of the dimension). Times are in hours; the recovery rate "
                    + "is per org unit of the cases closed in the period, the total first.")
    Report report(CurrentUser me, CaseReportParams given, java.util.Locale locale) {
        CaseReportParams params = given.withDefaults(clock);
        return new Report(reports.report(me.scope(), params.filter(), params.dimension(), locale),
                recovery.byOrgUnit(me.scope(), params.from(), params.to(), params.unit()));
    }

    record Report(CaseReport cases, List<RecoveryRate> recovery) {
    }
}
