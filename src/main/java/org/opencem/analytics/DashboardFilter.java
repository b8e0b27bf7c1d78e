package org.opencem.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a dashboard, or one of its widgets, is filtered by. Every part is optional: on a widget an
 * empty part takes the dashboard's, and on the dashboard it means the default (12 weeks, the
 * viewer's whole scope, every touchpoint and channel, no segment). {@code segment} is
 * {@code attribute:value}, e.g. {@code customer.tier:gold}.
 */
public record DashboardFilter(DashboardPeriod period, LocalDate from, LocalDate to, UUID unitId,
                              List<UUID> touchpointIds, List<String> channels, String segment) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, List.of(), List.of(), null);

    public DashboardFilter {
        touchpointIds = touchpointIds == null ? List.of() : List.copyOf(touchpointIds);
        channels = channels == null ? List.of() : List.copyOf(channels);
        segment = segment == null || segment.isBlank() ? null : segment.trim();
    }

    /** This filter where it says something, {@code base} where it does not. */
    public DashboardFilter over(DashboardFilter base) {
        boolean ownPeriod = period != null;
        return new DashboardFilter(ownPeriod ? period : base.period, ownPeriod ? from : base.from,
                ownPeriod ? to : base.to, unitId != null ? unitId : base.unitId,
                touchpointIds.isEmpty() ? base.touchpointIds : touchpointIds,
                channels.isEmpty() ? base.channels : channels, segment != null ? segment : base.segment);
    }

    public DashboardFilter withUnit(UUID unit) {
        return new DashboardFilter(period, from, to, unit, touchpointIds, channels, segment);
    }
}
