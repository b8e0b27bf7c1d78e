package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.internal.SegmentAttributes;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Scope;
import org.springframework.stereotype.Component;

/** Builds the period and segment comparisons from engine reports. */
@Component
class CompareViews {

    static final String BY_CHANNEL = "channel";
    static final String BY_SOURCE = "source";
    static final String BY_ATTRIBUTE = "attribute:";

    private final EngineReports reports;
    private final SegmentAttributes attributes;

    CompareViews(EngineReports reports, SegmentAttributes attributes) {
        this.reports = reports;
        this.attributes = attributes;
    }

    CompareView build(Scope scope, ViewContext ctx, String against, String by) {
        Comparison comparison = comparison(against);
        MetricReport periods = reports.report(scope, ctx.filter(), comparison, GroupBy.NONE, EngineReports.shownMetrics(),
                MetricFilter.NONE);
        String path = ctx.unit() == null ? "/" : ctx.unit().path();
        Map<String, List<String>> inUse = attributes.inUse(scope, path, ctx.filter().from(), ctx.filter().to());
        String segmentBy = by == null || by.isBlank() ? BY_CHANNEL : by.trim();
        List<CompareView.Segment> segments = new ArrayList<>();
        if (segmentBy.equals(BY_CHANNEL) || segmentBy.equals(BY_SOURCE)) {
            MetricReport report = reports.report(scope, ctx.filter(), Comparison.NONE,
                    segmentBy.equals(BY_CHANNEL) ? GroupBy.CHANNEL : GroupBy.SOURCE, EngineReports.shownMetrics(),
                    MetricFilter.NONE);
            for (MetricRow row : report.rows()) {
                segments.add(new CompareView.Segment(row.label(), row.values()));
            }
        } else if (segmentBy.startsWith(BY_ATTRIBUTE) && inUse.containsKey(segmentBy.substring(BY_ATTRIBUTE.length()))) {
            String key = segmentBy.substring(BY_ATTRIBUTE.length());
            for (String value : inUse.get(key)) {
                MetricReport report = reports.report(scope, ctx.filter(), Comparison.NONE, GroupBy.NONE,
                        EngineReports.shownMetrics(), new MetricFilter(null, null, null, Map.of(key, value)));
                segments.add(new CompareView.Segment(value, report.total().values()));
            }
        } else {
            List<String> choices = new ArrayList<>(List.of(BY_CHANNEL, BY_SOURCE));
            inUse.keySet().forEach(key -> choices.add(BY_ATTRIBUTE + key));
            throw InvalidInputException.of("by", "analytics.error.dimension", segmentBy, String.join(", ", choices));
        }
        return new CompareView(comparison, periods, segmentBy, inUse, segments);
    }

    private static Comparison comparison(String against) {
        if (against == null || against.isBlank() || against.equalsIgnoreCase("previous")) {
            return Comparison.PREVIOUS_PERIOD;
        }
        if (against.equalsIgnoreCase("year")) {
            return Comparison.PREVIOUS_YEAR;
        }
        throw InvalidInputException.of("against", "analytics.error.against", against.toLowerCase(Locale.ROOT));
    }
}
