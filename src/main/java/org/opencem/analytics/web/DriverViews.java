package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.internal.CustomerRatings;
import org.opencem.analytics.internal.ShapleyR2;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/**
 * Key drivers of NPS. Predictors are the touchpoints with enough CSAT answers in the slice. The
 * unit of analysis is the customer when enough known customers gave NPS and rated every predictor
 * (then each row is one person's experience); otherwise a store-week, whose NPS and touchpoint
 * CSATs come from the metrics engine: coarser, but every store and week has both.
 */
@Component
class DriverViews {

    /** Fewer customers than this with complete ratings, and store-weeks are used instead. */
    static final int MIN_CUSTOMERS = 100;
    /** A store-week's NPS needs this many answers, and each touchpoint CSAT this many, to count. */
    static final int MIN_WEEK_ANSWERS = 5;
    static final int MIN_TOUCHPOINT_ANSWERS = 3;
    private static final String ALL_TOUCHPOINTS = "";

    private final EngineReports reports;
    private final Journeys journeys;
    private final OrgUnits orgUnits;
    private final CustomerRatings customerRatings;

    DriverViews(EngineReports reports, Journeys journeys, OrgUnits orgUnits, CustomerRatings customerRatings) {
        this.reports = reports;
        this.journeys = journeys;
        this.orgUnits = orgUnits;
        this.customerRatings = customerRatings;
    }

    DriverView build(Scope scope, ViewContext ctx) {
        DateRange period = DateRange.of(ctx.filter().from(), ctx.filter().to());
        MetricReport performance = reports.report(scope, new MetricQuery(ctx.unitId(), period, Comparison.NONE,
                GroupBy.TOUCHPOINT, List.of(Metric.CSAT), MetricFilter.NONE));
        Map<UUID, TouchpointRef> refs = new HashMap<>();
        journeys.touchpoints(scope.tenantId()).forEach(t -> refs.put(t.id(), t));
        Map<UUID, MetricValue> predictors = new LinkedHashMap<>();
        for (MetricRow row : performance.rows()) {
            UUID id = parse(row.key());
            MetricValue csat = row.values().get(Metric.CSAT.code());
            if (id != null && refs.containsKey(id) && csat != null && csat.n() >= performance.minSample()
                    && predictors.size() < ShapleyR2.MAX_PREDICTORS) {
                predictors.put(id, csat);
            }
        }
        List<UUID> ids = new ArrayList<>(predictors.keySet());
        String path = ctx.unit() == null ? "/" : ctx.unit().path();
        int several = customerRatings.customersRatingSeveral(scope, path, period.from(), period.to(), ids);
        // both leave in ids only the touchpoints rated often enough to be kept as predictors
        Observations observations = several >= MIN_CUSTOMERS
                ? perCustomer(scope, path, period, ids)
                : perStoreWeek(scope, ctx, period, ids);
        int minObservations = Math.max(10, 5 * ids.size());
        DriverView.Basis basis = several >= MIN_CUSTOMERS ? DriverView.Basis.CUSTOMER : DriverView.Basis.UNIT_WEEK;
        if (ids.size() < 2 || observations.y.size() < minObservations) {
            return new DriverView(basis, observations.y.size(), minObservations, several, null, List.of(), 0, 0);
        }
        ShapleyR2.Result result = ShapleyR2.decompose(observations.x.toArray(double[][]::new),
                observations.y.stream().mapToDouble(Double::doubleValue).toArray());
        double[] importance = result.percentages();
        double importanceSplit = 100.0 / ids.size();
        double performanceSplit = predictors.values().stream().mapToDouble(MetricValue::value).average().orElse(0);
        List<DriverView.Driver> drivers = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            MetricValue csat = predictors.get(ids.get(j));
            boolean important = importance[j] >= importanceSplit;
            boolean performing = csat.value() >= performanceSplit;
            DriverView.Quadrant quadrant = important ? (performing ? DriverView.Quadrant.KEEP_UP : DriverView.Quadrant.FIX_FIRST)
                    : (performing ? DriverView.Quadrant.MAINTAIN : DriverView.Quadrant.WATCH);
            drivers.add(new DriverView.Driver(refs.get(ids.get(j)), importance[j], csat.value(), csat.n(), quadrant));
        }
        drivers.sort((a, b) -> Double.compare(b.importance(), a.importance()));
        return new DriverView(basis, observations.y.size(), minObservations, several, result.rSquared(), drivers,
                importanceSplit, performanceSplit);
    }

    private record Observations(List<double[]> x, List<Double> y) {
    }

    /**
     * Customers with an NPS answer who rated every predictor: NPS answer (0–10) on CSAT answers
     * (1–5). Touchpoints that fewer than half of those customers rated are dropped first.
     */
    private Observations perCustomer(Scope scope, String path, DateRange period, List<UUID> ids) {
        List<CustomerRatings.Customer> customers = customerRatings.customers(scope, path, period.from(), period.to())
                .stream().filter(c -> c.nps() != null).toList();
        ids.removeIf(id -> customers.stream().filter(c -> c.csatByTouchpoint().containsKey(id)).count() * 2
                < customers.size());
        Observations observations = new Observations(new ArrayList<>(), new ArrayList<>());
        for (CustomerRatings.Customer customer : customers) {
            if (customer.csatByTouchpoint().keySet().containsAll(ids)) {
                observations.x.add(ids.stream().mapToDouble(id -> customer.csatByTouchpoint().get(id)).toArray());
                observations.y.add(customer.nps());
            }
        }
        return observations;
    }

    /** Store-weeks where NPS and every predictor's CSAT have enough answers: NPS score on CSAT top-2-box %. */
    private Observations perStoreWeek(Scope scope, ViewContext ctx, DateRange period, List<UUID> ids) {
        Observations observations = new Observations(new ArrayList<>(), new ArrayList<>());
        if (ids.isEmpty()) {
            return observations;
        }
        List<UUID> stores = leaves(scope, ctx).stream().map(OrgUnit::id).toList();
        Map<String, Double> outcome = weekly(scope, stores, new MetricQuery(null, period, Comparison.NONE, GroupBy.WEEK,
                List.of(Metric.NPS), MetricFilter.NONE), MIN_WEEK_ANSWERS).getOrDefault(ALL_TOUCHPOINTS, Map.of());
        Map<String, Map<String, Double>> byTouchpoint = weekly(scope, stores, new MetricQuery(null, period,
                Comparison.NONE, GroupBy.TOUCHPOINT_WEEK, List.of(Metric.CSAT), MetricFilter.touchpoints(Set.copyOf(ids))),
                MIN_TOUCHPOINT_ANSWERS);
        Map<UUID, Map<String, Double>> ratings = new HashMap<>();
        ids.forEach(id -> ratings.put(id, byTouchpoint.getOrDefault(id.toString(), Map.of())));
        // a touchpoint rated in fewer than half the store-weeks would throw most of them away
        ids.removeIf(id -> ratings.get(id).keySet().stream().filter(outcome::containsKey).count() * 2 < outcome.size());
        outcome.forEach((storeWeek, score) -> {
            if (ids.stream().allMatch(id -> ratings.get(id).containsKey(storeWeek))) {
                observations.x.add(ids.stream().mapToDouble(id -> ratings.get(id).get(storeWeek)).toArray());
                observations.y.add(score);
            }
        });
        return observations;
    }

    /**
     * Each store's weekly figure with enough answers, keyed "store id/week start", in one read: per
     * touchpoint id when split by touchpoint, else all under {@link #ALL_TOUCHPOINTS}.
     */
    private Map<String, Map<String, Double>> weekly(Scope scope, List<UUID> stores, MetricQuery query, int minAnswers) {
        Metric metric = query.metrics().get(0);
        Map<String, Map<String, Double>> bySeries = new HashMap<>();
        reports.reportPerUnit(scope, query, stores).forEach((store, report) -> {
            for (MetricRow row : report.rows()) {
                MetricValue value = row.value(metric);
                if (value != null && value.value() != null && value.n() >= minAnswers) {
                    String series = query.groupBy() == GroupBy.TOUCHPOINT_WEEK ? row.key() : ALL_TOUCHPOINTS;
                    bySeries.computeIfAbsent(series, s -> new LinkedHashMap<>()).put(store + "/" + row.start(),
                            value.value());
                }
            }
        });
        return bySeries;
    }

    /** The units without children under the current one (itself when it is a store). */
    private List<OrgUnit> leaves(Scope scope, ViewContext ctx) {
        List<OrgUnit> visible = orgUnits.visible(scope).stream()
                .filter(u -> ctx.unit() == null || u.path().startsWith(ctx.unit().path())).toList();
        Set<UUID> parents = orgUnits.withChildren(scope.tenantId(), visible.stream().map(OrgUnit::id).toList());
        return visible.stream().filter(u -> !parents.contains(u.id())).toList();
    }

    private static UUID parse(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
