package org.opencem.analytics;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Narrows a report to some touchpoints, channels, sources (the names of
 * {@code org.opencem.feedback.FeedbackSource}) and a customer segment: attributes a record must
 * carry with exactly these values ({@code "customer.tier" → "gold"}). Empty means no restriction.
 */
public record MetricFilter(Set<UUID> touchpointIds, Set<String> channels, Set<String> sources,
                           Map<String, String> segment) {

    public static final MetricFilter NONE = new MetricFilter(Set.of(), Set.of(), Set.of(), Map.of());

    public MetricFilter {
        touchpointIds = touchpointIds == null ? Set.of() : Set.copyOf(touchpointIds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        segment = segment == null ? Map.of() : Map.copyOf(segment);
    }

    public static MetricFilter touchpoints(Set<UUID> touchpointIds) {
        return new MetricFilter(touchpointIds, Set.of(), Set.of(), Map.of());
    }

    public boolean hasSegment() {
        return !segment.isEmpty();
    }
}
