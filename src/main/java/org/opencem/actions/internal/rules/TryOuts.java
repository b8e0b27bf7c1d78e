package org.opencem.actions.internal.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.AlertRule;
import org.opencem.actions.RuleKind;
import org.opencem.actions.RuleTryOut;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/**
 * Runs rules over the recent past without opening anything: how many cases a rule would have
 * opened, where, and on what. Records are read a page at a time, newest first, so memory stays
 * flat however much feedback a tenant has.
 */
@Component
public class TryOuts {

    public static final int DAYS = 30;
    private static final int PAGE = 2000;
    private static final int TOP_UNITS = 5;
    private static final int SAMPLES = 5;

    private final FeedbackRecords feedback;
    private final MetricAlerts metricAlerts;
    private final Clock clock;

    TryOuts(FeedbackRecords feedback, MetricAlerts metricAlerts, Clock clock) {
        this.feedback = feedback;
        this.metricAlerts = metricAlerts;
        this.clock = clock;
    }

    public RuleTryOut tryOut(Scope scope, RuleContext context, CompiledRule compiled) {
        AlertRule rule = compiled.rule();
        if (rule.broken()) {
            return new RuleTryOut(DAYS, 0, 0, List.of(), List.of(), rule.problems());
        }
        return rule.kind() == RuleKind.METRIC ? metric(context, rule) : feedback(scope, context, compiled);
    }

    /** How many records of the last 30 days each rule matches on its own, in one pass over them. */
    public Map<UUID, Integer> matchCounts(Scope scope, List<CompiledRule> rules) {
        List<CompiledRule> runnable = rules.stream().filter(r -> r.predicate() != null && !r.rule().broken()).toList();
        Map<UUID, Integer> counts = new HashMap<>();
        runnable.forEach(r -> counts.put(r.rule().id(), 0));
        if (runnable.isEmpty()) {
            return counts;
        }
        eachRecord(scope, record -> runnable.forEach(r -> {
            if (r.matches(record)) {
                counts.merge(r.rule().id(), 1, Integer::sum);
            }
        }));
        return counts;
    }

    private RuleTryOut feedback(Scope scope, RuleContext context, CompiledRule compiled) {
        Map<UUID, Integer> perUnit = new HashMap<>();
        List<RuleTryOut.Sample> samples = new ArrayList<>();
        int[] examined = {0};
        eachRecord(scope, record -> {
            examined[0]++;
            if (compiled.matches(record)) {
                perUnit.merge(record.orgUnitId(), 1, Integer::sum);
                if (samples.size() < SAMPLES && record.comment() != null && !record.comment().isBlank()) {
                    samples.add(new RuleTryOut.Sample(record.id(), context.unitName(record.orgUnitId()), record.occurredAt(),
                            record.nps(), record.comment().strip()));
                }
            }
        });
        return result(context, examined[0], perUnit, samples);
    }

    /** The weeks that ended within the last 30 days, each judged as the scheduled check would have. */
    private RuleTryOut metric(RuleContext context, AlertRule rule) {
        Map<UUID, Integer> perUnit = new HashMap<>();
        List<RuleTryOut.Sample> samples = new ArrayList<>();
        LocalDate week = metricAlerts.lastCompleteWeek();
        LocalDate earliest = LocalDate.now(clock).minusDays(DAYS);
        int weeks = 0;
        for (; !week.isBefore(earliest); week = week.minusWeeks(1)) {
            weeks++;
            for (MetricAlerts.Finding finding : metricAlerts.evaluate(context, rule, week)) {
                perUnit.merge(finding.orgUnitId(), 1, Integer::sum);
                if (samples.size() < SAMPLES) {
                    String subject = finding.touchpointId() == null ? context.unitName(finding.orgUnitId())
                            : context.touchpointName(finding.touchpointId());
                    samples.add(new RuleTryOut.Sample(null, subject, metricAlerts.start(week), null, finding.figures()));
                }
            }
        }
        return result(context, weeks, perUnit, samples);
    }

    private static RuleTryOut result(RuleContext context, int examined, Map<UUID, Integer> perUnit,
                                     List<RuleTryOut.Sample> samples) {
        List<RuleTryOut.UnitCount> top = perUnit.entrySet().stream()
                .map(e -> new RuleTryOut.UnitCount(e.getKey(), context.unitName(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(RuleTryOut.UnitCount::cases).reversed().thenComparing(RuleTryOut.UnitCount::name))
                .limit(TOP_UNITS).toList();
        return new RuleTryOut(DAYS, examined, perUnit.values().stream().mapToInt(Integer::intValue).sum(), top, samples,
                List.of());
    }

    private void eachRecord(Scope scope, java.util.function.Consumer<FeedbackRecord> action) {
        OffsetDateTime to = OffsetDateTime.now(clock);
        OffsetDateTime from = to.minusDays(DAYS);
        FeedbackRecord last = null;
        while (true) {
            List<FeedbackRecord> page = feedback.page(scope, from, to, last, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }
}
