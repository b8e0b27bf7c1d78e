package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencem.analytics.DashboardInput;
import org.opencem.analytics.DashboardInput.FilterInput;
import org.opencem.analytics.DashboardInput.WidgetInput;
import org.springframework.util.MultiValueMap;

/**
 * The dashboard editor's form, read from its fields ({@code name}, {@code filter.period},
 * {@code widgets[2].metrics}… — the same names the checks give their messages) so a refused form
 * comes back as typed. Adding, removing and moving a widget are buttons of the same form
 * ({@code op} = {@code add}, {@code remove:2}, {@code up:2}, {@code down:2}, or {@code move:2:0} when a
 * widget is dragged to another's place): the form comes back changed and is only stored with
 * {@code op=save}.
 */
final class DashboardForm {

    private DashboardForm() {
    }

    static DashboardInput read(MultiValueMap<String, String> form) {
        List<WidgetInput> widgets = new ArrayList<>();
        for (int i = 0; form.containsKey("widgets[" + i + "].kind"); i++) {
            String prefix = "widgets[" + i + "].";
            widgets.add(new WidgetInput(first(form, prefix + "kind"), first(form, prefix + "title"),
                    all(form, prefix + "metrics"), first(form, prefix + "breakdown"), first(form, prefix + "sort"),
                    filter(form, prefix + "filter.")));
        }
        return new DashboardInput(first(form, "name"), "true".equals(first(form, "shared")), filter(form, "filter."),
                widgets);
    }

    /** The form after one editing button; {@code op} is what the button said, {@code newKind} what to add. */
    static DashboardInput apply(DashboardInput input, String op, String newKind) {
        List<WidgetInput> widgets = new ArrayList<>(input.widgets());
        if ("add".equals(op)) {
            widgets.add(new WidgetInput(newKind == null || newKind.isBlank() ? "kpi" : newKind, null,
                    List.of("nps"), "child_unit", "value", FilterInput.NONE));
        } else if (op != null && op.contains(":")) {
            String[] parts = op.split(":");
            int[] places = new int[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                try {
                    places[i - 1] = Integer.parseInt(parts[i]);
                } catch (NumberFormatException e) {
                    return input;
                }
                if (places[i - 1] < 0 || places[i - 1] >= widgets.size()) {
                    return input;
                }
            }
            int index = places.length == 0 ? -1 : places[0];
            // the button's action with how many places it names: "move/2" is move:from:to
            switch (parts[0] + "/" + places.length) {
                case "remove/1" -> widgets.remove(index);
                case "up/1" -> move(widgets, index, Math.max(0, index - 1));
                case "down/1" -> move(widgets, index, Math.min(widgets.size() - 1, index + 1));
                case "move/2" -> move(widgets, index, places[1]);
                default -> {
                    return input;
                }
            }
        }
        return new DashboardInput(input.name(), input.shared(), input.filter(), widgets);
    }

    /** Takes the widget at {@code from} out and puts it back at {@code to}, moving the ones between by one. */
    private static void move(List<WidgetInput> widgets, int from, int to) {
        widgets.add(to, widgets.remove(from));
    }

    /** A new dashboard starts with the headline figures and their trend. */
    static DashboardInput starter(String name) {
        return new DashboardInput(name, false, FilterInput.NONE, List.of(
                new WidgetInput("kpi", null, List.of("cx_index", "nps", "csat"), null, null, FilterInput.NONE),
                new WidgetInput("trend", null, List.of("nps", "csat"), null, null, FilterInput.NONE)));
    }

    private static FilterInput filter(MultiValueMap<String, String> form, String prefix) {
        return new FilterInput(first(form, prefix + "period"), first(form, prefix + "from"), first(form, prefix + "to"),
                first(form, prefix + "unit"), all(form, prefix + "touchpoints"), all(form, prefix + "channels"),
                first(form, prefix + "segment"));
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
