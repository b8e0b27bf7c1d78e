package org.opencem.analytics.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.analytics.AnalyticsSettings;
import org.opencem.analytics.HealthWeights;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricSettings;
import org.opencem.analytics.RebuildReport;
import org.opencem.analytics.Rollups;
import org.opencem.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Metrics as JSON for the caller's scope: reports, the catalogue, the tenant's settings and the rollups. */
@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics", description = "NPS, CSAT, CES, ratings, net sentiment and the CX health index per unit, "
        + "touchpoint and period, with n, 95% intervals and the significance of change")
class MetricsApi {

    record SettingsJson(int minSample, HealthWeights weights) {
        static SettingsJson of(AnalyticsSettings settings) {
            return new SettingsJson(settings.minSample(), settings.weights());
        }
    }

    private final MetricQueries queries;
    private final MetricSettings settings;
    private final Rollups rollups;
    private final Clock clock;
    private final ZoneId zone;

    MetricsApi(MetricQueries queries, MetricSettings settings, Rollups rollups, Clock clock,
               @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.queries = queries;
        this.settings = settings;
        this.rollups = rollups;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    @Operation(summary = "Metrics of a unit's subtree (or of the caller's whole scope) over a period",
            description = "Returns the total and one row per group, each metric with value, n, 95% interval, "
                    + "small-sample flag, parts, distribution and the change against the comparison period with "
                    + "its test. Impossible periods, unknown metrics and bad filters answer 400 with the field, like every other API refusal.")
    MetricReport report(CurrentUser me,
                        @Parameter(description = "Org unit id; its subtree is reported. Default: the caller's scope")
                        @RequestParam(required = false) String unit,
                        @Parameter(description = "First day, ISO date; default 27 days before 'to'")
                        @RequestParam(required = false) String from,
                        @Parameter(description = "Last day, included, ISO date; default today")
                        @RequestParam(required = false) String to,
                        @Parameter(description = "none, previous_period (default) or previous_year")
                        @RequestParam(required = false) String compare,
                        @Parameter(description = "none (default), child_unit, touchpoint, day, week, month, channel, source, "
                                + "touchpoint_week (a row per touchpoint and week)")
                        @RequestParam(required = false) String groupBy,
                        @Parameter(description = "Metric codes, comma-separated: nps, csat, csat_mean, ces, ces_easy, "
                                + "net_sentiment, cx_index, responses, response_rate, rating.<questionKey>; default nps,csat")
                        @RequestParam(required = false) List<String> metrics,
                        @Parameter(description = "Touchpoint ids to keep") @RequestParam(required = false) List<String> touchpoint,
                        @Parameter(description = "Channels to keep") @RequestParam(required = false) List<String> channel,
                        @Parameter(description = "Sources to keep: SURVEY, REVIEW, SOCIAL, CALL, TICKET, FORUM")
                        @RequestParam(required = false) List<String> source,
                        @Parameter(description = "Customer segment as attribute:value, e.g. customer.tier:gold")
                        @RequestParam(required = false) List<String> segment,
                        @Parameter(description = "rollups (default) or records: the same figures computed straight "
                                + "from the feedback records, to check them")
                        @RequestParam(required = false) String basis) {
        MetricQueryParams params = new MetricQueryParams(unit, from, to, compare, groupBy, metrics, touchpoint, channel,
                source, segment);
        return queries.report(me.scope(), params.toQuery(clock, zone), params.basis(basis));
    }

    @GetMapping("/catalog")
    @Operation(summary = "The metric codes that can be asked for, rating questions included")
    List<String> catalog(CurrentUser me) {
        return queries.catalog(me.scope()).stream().map(Metric::code).toList();
    }

    @GetMapping("/settings")
    @Operation(summary = "The tenant's small-sample threshold and CX health index weights")
    SettingsJson settings(CurrentUser me) {
        return SettingsJson.of(settings.settings(me.tenantId()));
    }

    @PutMapping("/settings")
    @Operation(summary = "Changes the small-sample threshold and the index weights (tenant administrators)")
    SettingsJson updateSettings(CurrentUser me, @RequestBody SettingsJson body) {
        HealthWeights w = body.weights() == null ? HealthWeights.DEFAULT : body.weights();
        return SettingsJson.of(settings.update(me, body.minSample(),
                HealthWeights.of(w.nps(), w.csat(), w.ces(), w.netSentiment())));
    }

    @GetMapping("/rollups/check")
    @Operation(summary = "Compares the stored rollups with the feedback records, changing nothing (administrators)")
    RebuildReport check(CurrentUser me) {
        requireAdmin(me);
        return rollups.verify(me.tenantId());
    }

    @PostMapping("/rollups/rebuild")
    @Operation(summary = "Recomputes the tenant's rollups from its feedback records and reports what differed")
    RebuildReport rebuild(CurrentUser me) {
        requireAdmin(me);
        return rollups.rebuild(me.tenantId());
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.isAdmin()) {
            throw new AccessDeniedException("Only a tenant administrator manages rollups");
        }
    }
}
