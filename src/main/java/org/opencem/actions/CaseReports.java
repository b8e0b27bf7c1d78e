package org.opencem.actions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.opencem.actions.CaseReport.Row;
import org.opencem.actions.internal.report.ReportQuery;
import org.opencem.actions.internal.report.Percentiles;
import org.opencem.actions.internal.report.ReportedCase;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Service;

/**
 * Case reports: how many cases by root cause, topic, touchpoint, department, org unit or week, and
 * how fast people answered and resolved them, within the caller's scope.
 */
@Service
public class CaseReports {

    private static final String NONE = "";

    private final ReportQuery query;

    CaseReports(ReportQuery query) {
        this.query = query;
    }

    /** The report; root causes are named in {@code locale}. */
    public CaseReport report(Scope scope, CaseFilter filter, CaseReportDimension dimension, Locale locale) {
        List<ReportedCase> cases = query.cases(scope, filter, locale);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ReportedCase found : cases) {
            for (Map.Entry<String, String> key : keys(found, dimension).entrySet()) {
                groups.computeIfAbsent(key.getKey(), k -> new Group(k, key.getValue())).cases.add(found);
            }
        }
        Comparator<Row> order = dimension == CaseReportDimension.WEEK ? Comparator.comparing(Row::key)
                : Comparator.comparingInt(Row::cases).reversed().thenComparing(Row::label);
        List<Row> rows = groups.values().stream().map(CaseReports::row).sorted(order).toList();
        return new CaseReport(dimension, filter, rows, row(new Group("total", null, cases)));
    }

    /** The ids of the cases a filter selects in the caller's scope: what an initiative groups. */
    public List<UUID> caseIds(Scope scope, CaseFilter filter) {
        return query.cases(scope, filter, Locale.ROOT).stream().map(ReportedCase::id).toList();
    }

    private Map<String, String> keys(ReportedCase found, CaseReportDimension dimension) {
        Map<String, String> keys = new LinkedHashMap<>();
        switch (dimension) {
            case ROOT_CAUSE -> keys.put(idOrNone(found.rootCauseId()), found.rootCauseName());
            case TOPIC -> {
                found.topics().forEach(topic -> keys.put(topic, topic));
                if (found.topics().isEmpty()) {
                    keys.put(NONE, null);
                }
            }
            case TOUCHPOINT -> keys.put(idOrNone(found.touchpointId()), found.touchpointName());
            case DEPARTMENT -> keys.put(idOrNone(found.departmentId()), found.departmentName());
            case ORG_UNIT -> keys.put(found.orgUnitId().toString(), found.orgUnitName());
            case WEEK -> {
                LocalDate monday = found.createdAt().atZoneSameInstant(query.zone()).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                keys.put(monday.toString(), monday.toString());
            }
        }
        return keys;
    }

    private static String idOrNone(UUID id) {
        return id == null ? NONE : id.toString();
    }

    private static Row row(Group group) {
        List<Double> firstResponse = hours(group.cases, ReportedCase::firstResponseAt);
        List<Double> resolution = hours(group.cases, ReportedCase::resolvedAt);
        int open = (int) group.cases.stream().filter(c -> c.resolvedAt() == null).count();
        int breaches = (int) group.cases.stream().filter(ReportedCase::breached).count();
        return new Row(group.key, group.label, group.cases.size(), open, Percentiles.of(firstResponse, 0.5),
                Percentiles.of(firstResponse, 0.9), Percentiles.of(resolution, 0.5), Percentiles.of(resolution, 0.9), breaches);
    }

    private static List<Double> hours(List<ReportedCase> cases, Function<ReportedCase, OffsetDateTime> end) {
        return cases.stream().filter(c -> end.apply(c) != null)
                .map(c -> Duration.between(c.createdAt(), end.apply(c)).toSeconds() / 3600.0).sorted().toList();
    }

    private record Group(String key, String label, List<ReportedCase> cases) {

        Group(String key, String label) {
            this(key, label, new ArrayList<>());
        }
    }
}
