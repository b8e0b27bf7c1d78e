package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.platform.InvalidInputException;

/**
 * Reads a metric query from request parameters, refusing what cannot be answered with the
 * parameter's name, so an API client learns which one to fix.
 */
record MetricQueryParams(String unit, String from, String to, String compare, String groupBy, List<String> metrics,
                         List<String> touchpoint, List<String> channel, List<String> source, List<String> segment) {

    static final int DEFAULT_DAYS = 28;

    MetricQuery toQuery(Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        return new MetricQuery(blank(unit) ? null : uuid("unit", unit), DateRange.of(start, end),
                blank(compare) ? Comparison.PREVIOUS_PERIOD : choice("compare", compare, Comparison.class),
                blank(groupBy) ? GroupBy.NONE : choice("groupBy", groupBy, GroupBy.class), metricList(),
                new MetricFilter(uuids(touchpoint), values(channel), values(source), segments()));
    }

    private List<Metric> metricList() {
        List<Metric> list = new ArrayList<>();
        for (String code : values(metrics)) {
            Metric metric = Metric.parse(code);
            if (!list.contains(metric)) {
                list.add(metric);
            }
        }
        return list.isEmpty() ? List.of(Metric.NPS, Metric.CSAT) : list;
    }

    private Map<String, String> segments() {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String term : values(segment)) {
            int colon = term.indexOf(':');
            if (colon <= 0) {
                throw InvalidInputException.of("segment", "metrics.error.segmentFormat", term);
            }
            wanted.put(term.substring(0, colon).trim(), term.substring(colon + 1).trim());
        }
        return wanted;
    }

    /** Values given repeated or comma-separated, blanks dropped. */
    private static Set<String> values(List<String> given) {
        Set<String> all = new LinkedHashSet<>();
        if (given != null) {
            given.forEach(v -> {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        all.add(part.trim());
                    }
                }
            });
        }
        return all;
    }

    private static Set<UUID> uuids(List<String> given) {
        Set<UUID> ids = new LinkedHashSet<>();
        values(given).forEach(v -> ids.add(uuid("touchpoint", v)));
        return ids;
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "metrics.error.notAnId", text);
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "metrics.error.notADate", text);
        }
    }

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "metrics.error.unknownChoice", text,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
