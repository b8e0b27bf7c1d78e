package org.opencem.analytics;

import java.util.List;

/**
 * A dashboard as a person or API client wrote it, every value as typed, so {@link DashboardDefinitions}
 * can name each field it refuses: {@code name}, {@code filter.from}, {@code widgets[2].metrics}…
 */
public record DashboardInput(String name, Boolean shared, FilterInput filter, List<WidgetInput> widgets) {

    public DashboardInput {
        widgets = widgets == null ? List.of() : widgets;
    }

    /** A saved dashboard as it would be typed again, to edit it. */
    public static DashboardInput of(DashboardDefinition dashboard) {
        return new DashboardInput(dashboard.name(), dashboard.shared(), FilterInput.of(dashboard.filter()),
                dashboard.widgets().stream().map(w -> new WidgetInput(w.kind().code(), w.title(), w.metrics(),
                        w.breakdown() == null ? null : w.breakdown().name().toLowerCase(java.util.Locale.ROOT),
                        w.sort().code(), FilterInput.of(w.filter()))).toList());
    }

    /** A filter as typed: {@code period} is a {@link DashboardPeriod} code; {@code from}/{@code to} go with "custom". */
    public record FilterInput(String period, String from, String to, String unit, List<String> touchpoints,
                              List<String> channels, String segment) {

        public static final FilterInput NONE = new FilterInput(null, null, null, null, List.of(), List.of(), null);

        public FilterInput {
            touchpoints = touchpoints == null ? List.of() : touchpoints;
            channels = channels == null ? List.of() : channels;
        }

        static FilterInput of(DashboardFilter filter) {
            return new FilterInput(filter.period() == null ? null : filter.period().code(), text(filter.from()),
                    text(filter.to()), text(filter.unitId()),
                    filter.touchpointIds().stream().map(java.util.UUID::toString).toList(), filter.channels(),
                    filter.segment());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** A widget as typed: {@code kind} and {@code breakdown}/{@code sort} are codes, metrics the engine's codes. */
    public record WidgetInput(String kind, String title, List<String> metrics, String breakdown, String sort,
                              FilterInput filter) {

        public WidgetInput {
            metrics = metrics == null ? List.of() : metrics;
            filter = filter == null ? FilterInput.NONE : filter;
        }
    }
}
