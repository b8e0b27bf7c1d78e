package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.opencem.analytics.AnalyticsSettings;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricReport.Basis;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricSettings;
import org.opencem.analytics.MetricType;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.Period;
import org.opencem.analytics.UnitRef;
import org.opencem.feedback.FeedbackSource;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Answers metric queries from the rollups (or the records, for segments) within the caller's scope. */
@Service
class ReportEngine implements MetricQueries {

    private final TallyReader reader;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final MetricSettings settings;
    private final JdbcClient jdbc;

    ReportEngine(TallyReader reader, OrgUnits orgUnits, Journeys journeys, MetricSettings settings, JdbcClient jdbc) {
        this.reader = reader;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public MetricReport report(Scope scope, MetricQuery query) {
        return report(scope, query, query.filter().hasSegment() ? Basis.RECORDS : Basis.ROLLUPS);
    }

    @Override
    public MetricReport report(Scope scope, MetricQuery query, Basis basis) {
        checkSources(query.filter().sources());
        if (query.filter().hasSegment()) {
            basis = Basis.RECORDS;
        }
        OrgUnit unit = query.unitId() == null ? null : orgUnits.get(scope, query.unitId());
        List<String> paths = unit == null ? scope.unitPaths() : List.of(unit.path());
        Set<String> questions = ratingQuestions(query);
        DateRange comparison = query.comparison().of(query.period());
        TallyReader.Units units = reader.units(scope.tenantId(), paths);
        Map<Slice, Tally> now = reader.read(basis, units, query.period(), query.groupBy(), query.filter(), questions,
                false);
        Map<Slice, Tally> before = comparison == null ? null : reader.read(basis, units, comparison, query.groupBy(),
                query.filter(), questions, false);
        return assemble(scope, unit, query, now, before, basis, shared(scope, query));
    }

    /** One read split by unit, then each unit's report from the units of its subtree. */
    @Override
    public Map<UUID, MetricReport> reportPerUnit(Scope scope, MetricQuery query, List<UUID> unitIds) {
        checkSources(query.filter().sources());
        Basis basis = query.filter().hasSegment() ? Basis.RECORDS : Basis.ROLLUPS;
        Map<UUID, OrgUnit> visible = new HashMap<>();
        orgUnits.visible(scope).forEach(u -> visible.put(u.id(), u));
        List<OrgUnit> units = unitIds.stream()
                .map(id -> visible.containsKey(id) ? visible.get(id) : orgUnits.get(scope, id)).toList();
        // a unit inside another's subtree is read with it
        Set<String> unitPaths = units.stream().map(OrgUnit::path).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> paths = unitPaths.stream()
                .filter(path -> ancestorPaths(path).noneMatch(a -> !a.equals(path) && unitPaths.contains(a))).toList();
        Set<String> questions = ratingQuestions(query);
        DateRange comparison = query.comparison().of(query.period());
        Set<String> asked = new HashSet<>(paths);
        List<UUID> inSubtrees = visible.values().stream().filter(u -> ancestorPaths(u.path()).anyMatch(asked::contains))
                .map(OrgUnit::id).toList();
        TallyReader.Units read = reader.units(scope.tenantId(), inSubtrees, paths);
        Map<Slice, Tally> now = reader.read(basis, read, query.period(), query.groupBy(), query.filter(), questions, true);
        Map<Slice, Tally> before = comparison == null ? null : reader.read(basis, read, comparison, query.groupBy(),
                query.filter(), questions, true);
        Map<UUID, Map<Slice, Tally>> nowBySubtree = bySubtree(now, units, visible);
        Map<UUID, Map<Slice, Tally>> beforeBySubtree = before == null ? null : bySubtree(before, units, visible);
        Map<UUID, MetricReport> reports = new LinkedHashMap<>();
        Shared shared = shared(scope, query);
        for (OrgUnit unit : units) {
            MetricQuery ofUnit = new MetricQuery(unit.id(), query.period(), query.comparison(), query.groupBy(),
                    query.metrics(), query.filter());
            reports.put(unit.id(), assemble(scope, unit, ofUnit, nowBySubtree.getOrDefault(unit.id(), Map.of()),
                    before == null ? null : beforeBySubtree.getOrDefault(unit.id(), Map.of()), basis, shared));
        }
        return reports;
    }

    /**
     * The slices of each asked unit's subtree, no longer split by unit: each slice goes to the asked
     * units among its unit's ancestors (the prefixes of its path), found once per unit.
     */
    private static Map<UUID, Map<Slice, Tally>> bySubtree(Map<Slice, Tally> perUnit, List<OrgUnit> asked,
                                                         Map<UUID, OrgUnit> visible) {
        Map<String, List<UUID>> askedByPath = new HashMap<>();
        asked.forEach(u -> askedByPath.computeIfAbsent(u.path(), p -> new ArrayList<>()).add(u.id()));
        Map<String, List<UUID>> containing = new HashMap<>();
        Map<UUID, Map<Slice, Tally>> result = new HashMap<>();
        perUnit.forEach((slice, tally) -> {
            List<UUID> owners = containing.computeIfAbsent(slice.unit(), key -> {
                OrgUnit unit = visible.get(UUID.fromString(key));
                List<UUID> ids = new ArrayList<>();
                if (unit != null) {
                    ancestorPaths(unit.path()).forEach(path -> ids.addAll(askedByPath.getOrDefault(path, List.of())));
                }
                return ids;
            });
            for (UUID owner : owners) {
                result.computeIfAbsent(owner, o -> new HashMap<>()).computeIfAbsent(slice.withoutUnit(), s -> new Tally())
                        .add(tally);
            }
        });
        return result;
    }

    /** The paths of a unit and of its ancestors: the prefixes of its path, "/a/", "/a/b/"… */
    private static Stream<String> ancestorPaths(String path) {
        return IntStream.range(1, path.length()).filter(i -> path.charAt(i) == '/')
                .mapToObj(i -> path.substring(0, i + 1));
    }

    private static Set<String> ratingQuestions(MetricQuery query) {
        Set<String> questions = new LinkedHashSet<>();
        query.metrics().stream().filter(m -> m.type() == MetricType.RATING && !m.onScoreField())
                .forEach(m -> questions.add(m.questionKey()));
        return questions;
    }

    /** What the reports of one query share, read once however many units it reports on. */
    private record Shared(AnalyticsSettings tenant, Map<String, String> touchpointLabels) {
    }

    private Shared shared(Scope scope, MetricQuery query) {
        Map<String, String> labels = new HashMap<>();
        if (query.groupBy().isByTouchpoint()) {
            for (TouchpointRef touchpoint : journeys.touchpoints(scope.tenantId())) {
                labels.put(touchpoint.id().toString(), touchpoint.label());
            }
        }
        return new Shared(settings.settings(scope.tenantId()), labels);
    }

    private MetricReport assemble(Scope scope, OrgUnit unit, MetricQuery query, Map<Slice, Tally> now,
                                  Map<Slice, Tally> before, Basis basis, Shared shared) {
        AnalyticsSettings tenant = shared.tenant();
        DateRange comparison = query.comparison().of(query.period());
        Function<Tally, Map<String, MetricValue>> plain = t -> values(query.metrics(), t, null, tenant);
        Tally totalNow = sum(now.values());
        Tally totalBefore = before == null ? null : sum(before.values());
        MetricRow total = new MetricRow("total", unit == null ? null : unit.name(), unit == null ? null : UnitRef.of(unit),
                null, values(query.metrics(), totalNow, totalBefore, tenant));

        List<MetricRow> rows = switch (query.groupBy()) {
            case NONE -> List.of();
            case DAY, WEEK, MONTH -> timeRows(query, now, plain);
            case CHILD_UNIT -> childRows(scope, unit, query, now, before, tenant);
            case TOUCHPOINT, CHANNEL, SOURCE -> keyRows(query, now, before, shared);
            case TOUCHPOINT_WEEK -> touchpointWeekRows(query, now, plain, shared.touchpointLabels());
        };
        return new MetricReport(unit == null ? null : UnitRef.of(unit), query.period(), comparison, query.groupBy(),
                query.metrics().stream().map(Metric::code).toList(), tenant.minSample(), total, rows, basis);
    }

    @Override
    public List<Metric> catalog(Scope scope) {
        List<Metric> metrics = new ArrayList<>(Metric.BUILT_IN);
        List.of("nps", "csat", "ces").forEach(field -> metrics.add(Metric.rating(field)));
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        jdbc.sql("select distinct r.question_key from rating_rollup r join org_unit u on u.tenant_id = r.tenant_id "
                        + "and u.id = r.org_unit_id where r.tenant_id = ? and " + condition + " order by r.question_key")
                .params(params).query(String.class).list()
                .forEach(question -> metrics.add(Metric.rating(question)));
        return metrics;
    }

    private static void checkSources(Set<String> sources) {
        for (String source : sources) {
            if (Arrays.stream(FeedbackSource.values()).noneMatch(s -> s.name().equals(source))) {
                throw InvalidInputException.of("source", "metrics.error.unknownSource", source);
            }
        }
    }

    private static Map<String, MetricValue> values(List<Metric> metrics, Tally now, Tally before,
                                                   AnalyticsSettings tenant) {
        Map<String, MetricValue> values = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            values.put(metric.code(), MetricCalculator.value(metric, now, before, tenant.minSample(), tenant.weights()));
        }
        return values;
    }

    /** One row per day, week or month of the period, empty ones included, so a trend has no holes. */
    private static List<MetricRow> timeRows(MetricQuery query, Map<Slice, Tally> now,
                                            Function<Tally, Map<String, MetricValue>> values) {
        Function<LocalDate, LocalDate> bucket = switch (query.groupBy()) {
            case WEEK, TOUCHPOINT_WEEK -> Period::weekOf;
            case MONTH -> day -> day.with(TemporalAdjusters.firstDayOfMonth());
            default -> day -> day;
        };
        TreeMap<LocalDate, Tally> buckets = new TreeMap<>();
        for (LocalDate day = query.period().from(); !day.isAfter(query.period().to()); day = day.plusDays(1)) {
            buckets.computeIfAbsent(bucket.apply(day), d -> new Tally());
        }
        now.forEach((slice, tally) -> buckets.computeIfAbsent(bucket.apply(slice.day()), d -> new Tally()).add(tally));
        List<MetricRow> rows = new ArrayList<>(buckets.size());
        buckets.forEach((start, tally) -> rows.add(new MetricRow(start.toString(), start.toString(), null, start,
                values.apply(tally))));
        return rows;
    }

    /** Every child (or scope root) in order, with its subtree's figures, empty ones included: a league table. */
    private List<MetricRow> childRows(Scope scope, OrgUnit unit, MetricQuery query, Map<Slice, Tally> now,
                                      Map<Slice, Tally> before, AnalyticsSettings tenant) {
        List<OrgUnit> children = unit == null ? orgUnits.scopeRoots(scope) : orgUnits.children(scope, unit.id());
        Map<String, String> pathById = new HashMap<>();
        orgUnits.visible(scope).forEach(u -> pathById.put(u.id().toString(), u.path()));
        Map<UUID, Tally> childNow = byChild(children, now, pathById);
        Map<UUID, Tally> childBefore = before == null ? null : byChild(children, before, pathById);
        List<MetricRow> rows = new ArrayList<>(children.size());
        for (OrgUnit child : children) {
            rows.add(new MetricRow(child.id().toString(), child.name(), UnitRef.of(child), null,
                    values(query.metrics(), childNow.get(child.id()),
                            childBefore == null ? null : childBefore.get(child.id()), tenant)));
        }
        return rows;
    }

    private static Map<UUID, Tally> byChild(List<OrgUnit> children, Map<Slice, Tally> perUnit,
                                            Map<String, String> pathById) {
        Map<UUID, Tally> result = new HashMap<>();
        children.forEach(child -> result.put(child.id(), new Tally()));
        perUnit.forEach((slice, tally) -> {
            String path = pathById.get(slice.group());
            if (path != null) {
                children.stream().filter(child -> path.startsWith(child.path())).findFirst()
                        .ifPresent(child -> result.get(child.id()).add(tally));
            }
        });
        return result;
    }

    /** One row per touchpoint, channel or source with data in either period, in label order. */
    private static List<MetricRow> keyRows(MetricQuery query, Map<Slice, Tally> now, Map<Slice, Tally> before,
                                           Shared shared) {
        Map<String, Tally> keysNow = byGroup(now);
        Map<String, Tally> keysBefore = before == null ? null : byGroup(before);
        Set<String> keys = new LinkedHashSet<>(keysNow.keySet());
        if (keysBefore != null) {
            keys.addAll(keysBefore.keySet());
        }
        Map<String, String> labels = shared.touchpointLabels();
        List<MetricRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new MetricRow(key, labels.getOrDefault(key, key), null, null, values(query.metrics(),
                    keysNow.getOrDefault(key, new Tally()), keysBefore == null ? null
                            : keysBefore.getOrDefault(key, new Tally()), shared.tenant())));
        }
        rows.sort(Comparator.comparing(MetricRow::label));
        return rows;
    }

    /** Each touchpoint's weeks, touchpoints in label order, empty weeks included. */
    private static List<MetricRow> touchpointWeekRows(MetricQuery query, Map<Slice, Tally> now,
                                                      Function<Tally, Map<String, MetricValue>> values,
                                                      Map<String, String> labels) {
        Map<String, Map<Slice, Tally>> byTouchpoint = new HashMap<>();
        now.forEach((slice, tally) -> byTouchpoint.computeIfAbsent(slice.group(), g -> new HashMap<>()).put(slice, tally));
        List<MetricRow> rows = new ArrayList<>();
        byTouchpoint.keySet().stream().sorted(Comparator.comparing((String key) -> labels.getOrDefault(key, key)))
                .forEach(key -> timeRows(query, byTouchpoint.get(key), values).forEach(week -> rows.add(
                        new MetricRow(key, labels.getOrDefault(key, key), null, week.start(), week.values()))));
        return rows;
    }

    private static Map<String, Tally> byGroup(Map<Slice, Tally> slices) {
        Map<String, Tally> result = new HashMap<>();
        slices.forEach((slice, tally) -> result.computeIfAbsent(slice.group(), g -> new Tally()).add(tally));
        return result;
    }

    private static Tally sum(java.util.Collection<Tally> tallies) {
        Tally total = new Tally();
        tallies.forEach(total::add);
        return total;
    }
}
