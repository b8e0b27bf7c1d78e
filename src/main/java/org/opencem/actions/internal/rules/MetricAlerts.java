package org.opencem.actions.internal.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.AlertRule;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.internal.MetricCases;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Metric rules, week by week (Monday to Sunday in the reporting time zone), computed from the
 * feedback records: a unit whose NPS fell by more than the rule's points and significantly, a
 * touchpoint whose negative share rose above the threshold. Each finding opens one case per
 * rule, subject and week, however often and on however many instances the check runs.
 */
@Component
public class MetricAlerts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MetricCases cases;
    private final Clock clock;
    private final ZoneId zone;

    MetricAlerts(JdbcClient jdbc, TransactionTemplate transaction, MetricCases cases, Clock clock,
                 @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cases = cases;
        this.clock = clock;
        this.zone = zone;
    }

    /** One store or touchpoint that crossed a metric rule's line in a week. */
    public record Finding(UUID subjectId, UUID orgUnitId, UUID touchpointId, LocalDate weekStart, String figures) {
    }

    /** Monday of the last week that has ended. */
    public LocalDate lastCompleteWeek() {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** Opens the cases the tenant's metric rules call for in the given week; returns how many were new. */
    public int run(RuleCache.Rules rules, LocalDate weekStart) {
        int opened = 0;
        for (CompiledRule compiled : rules.all()) {
            AlertRule rule = compiled.rule();
            if (rule.enabled() && rule.kind() == org.opencem.actions.RuleKind.METRIC && !rule.broken()) {
                for (Finding finding : evaluate(rules.context(), rule, weekStart)) {
                    opened += open(rules.context(), rule, finding) ? 1 : 0;
                }
            }
        }
        return opened;
    }

    public List<Finding> evaluate(RuleContext context, AlertRule rule, LocalDate weekStart) {
        MetricAlertSpec metric = rule.metric();
        Scope scope = new Scope(context.tenantId(), List.of(metric.unitId() == null ? "/"
                : context.units().get(metric.unitId()).path()));
        return metric.kind() == MetricAlertSpec.Kind.NPS_DROP ? npsDrops(scope, metric, weekStart)
                : negativeShares(context, scope, metric, weekStart);
    }

    private List<Finding> npsDrops(Scope scope, MetricAlertSpec metric, LocalDate weekStart) {
        Map<UUID, NpsZTest.Sample> before = npsByUnit(scope, weekStart.minusWeeks(1));
        Map<UUID, NpsZTest.Sample> after = npsByUnit(scope, weekStart);
        List<Finding> findings = new ArrayList<>();
        after.forEach((unit, now) -> {
            NpsZTest.Sample then = before.get(unit);
            if (then == null || then.n() < metric.minimumResponses() || now.n() < metric.minimumResponses()) {
                return;
            }
            double drop = then.nps() - now.nps();
            if (drop > metric.points() && NpsZTest.significant(then, now)) {
                findings.add(new Finding(unit, unit, null, weekStart, String.format(Locale.ROOT,
                        "NPS %.0f → %.0f (−%.0f, z %.2f, n %d/%d)", then.nps(), now.nps(), drop, NpsZTest.z(then, now),
                        then.n(), now.n())));
            }
        });
        return findings;
    }

    private Map<UUID, NpsZTest.Sample> npsByUnit(Scope scope, LocalDate weekStart) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), start(weekStart), start(weekStart.plusWeeks(1))));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("""
                select f.org_unit_id, count(*) n, sum(case when f.nps >= 9 then 1 else 0 end) promoters,
                       sum(case when f.nps <= 6 then 1 else 0 end) detractors
                from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id
                where f.tenant_id = ? and f.nps is not null and f.occurred_at >= ? and f.occurred_at < ? and """ + condition
                        + " group by f.org_unit_id")
                .params(params)
                .query((rs, i) -> Map.entry(rs.getObject("org_unit_id", UUID.class),
                        new NpsZTest.Sample(rs.getInt("n"), rs.getInt("promoters"), rs.getInt("detractors"))))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Finding> negativeShares(RuleContext context, Scope scope, MetricAlertSpec metric, LocalDate weekStart) {
        boolean detractors = metric.basis() != MetricAlertSpec.NegativeBasis.NEGATIVE_SENTIMENT;
        String counted = detractors ? "f.nps is not null" : "f.sentiment is not null";
        String negative = detractors ? "f.nps <= 6" : "f.sentiment = 'NEGATIVE'";
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), start(weekStart), start(weekStart.plusWeeks(1))));
        String condition = scope.pathCondition("u.path", params);
        UUID unit = metric.unitId() != null ? metric.unitId() : context.root().map(OrgUnit::id).orElse(null);
        if (unit == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<TouchpointWeek> weeks = jdbc.sql("select f.touchpoint_id, count(*) n, sum(case when " + negative
                        + " then 1 else 0 end) negatives "
                        + "from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id "
                        + "where f.tenant_id = ? and f.touchpoint_id is not null and " + counted
                        + " and f.occurred_at >= ? and f.occurred_at < ? and " + condition + " group by f.touchpoint_id")
                .params(params)
                .query((rs, i) -> new TouchpointWeek(rs.getObject("touchpoint_id", UUID.class), rs.getInt("n"), rs.getInt("negatives")))
                .list();
        for (TouchpointWeek week : weeks) {
            double share = 100.0 * week.negatives() / week.n();
            if (week.n() >= metric.minimumResponses() && share > metric.threshold()) {
                findings.add(new Finding(week.touchpointId(), unit, week.touchpointId(), weekStart, String.format(Locale.ROOT,
                        "%.1f%% > %.0f%% (%d/%d)", share, metric.threshold(), week.negatives(), week.n())));
            }
        }
        return findings;
    }

    private record TouchpointWeek(UUID touchpointId, int n, int negatives) {
    }

    private boolean open(RuleContext context, AlertRule rule, Finding finding) {
        UUID caseId = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String title = CaseTitles.fill(rule.titleTemplate(), Map.of("unit", context.unitName(finding.orgUnitId()),
                "touchpoint", context.touchpointName(finding.touchpointId()), "figures", finding.figures(),
                "week", finding.weekStart().toString(), "rule", rule.name()));
        String body = rule.instruction() == null ? finding.figures() : finding.figures() + "\n" + rule.instruction();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("insert into metric_alert (tenant_id, rule_id, subject_id, week_start, case_id, created_at) "
                                + "values (?, ?, ?, ?, ?, ?)")
                        .params(context.tenantId(), rule.id(), finding.subjectId(), finding.weekStart(), caseId, now).update();
                cases.open(context.tenantId(), caseId, rule, finding.orgUnitId(), finding.touchpointId(), title, body, now);
            });
            return true;
        } catch (DuplicateKeyException alreadyOpened) {
            return false;
        }
    }

    public OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
