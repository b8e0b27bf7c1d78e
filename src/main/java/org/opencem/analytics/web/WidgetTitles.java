package org.opencem.analytics.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.opencem.analytics.WidgetDefinition;
import org.opencem.analytics.WidgetKind;
import org.opencem.analytics.WidgetSort;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names widgets and metrics in the reader's language; a widget without a title is named from what it shows. */
@Component
class WidgetTitles {

    private final MessageSource messages;

    WidgetTitles(MessageSource messages) {
        this.messages = messages;
    }

    String metric(String code, Locale locale) {
        if (code.startsWith("rating.")) {
            return messages.getMessage("dashboards.metric.rating", new Object[] {code.substring("rating.".length())},
                    code, locale);
        }
        return messages.getMessage("dashboards.metric." + code, null, code, locale);
    }

    String title(WidgetDefinition widget, Locale locale) {
        if (widget.title() != null) {
            return widget.title();
        }
        String metrics = widget.metrics().stream().map(code -> metric(code, locale))
                .collect(Collectors.joining(widget.kind() == WidgetKind.KPI ? " · " : ", "));
        String by = widget.breakdown() == null ? ""
                : messages.getMessage("dashboards.breakdown." + widget.breakdown().name().toLowerCase(Locale.ROOT), null,
                        locale);
        String key = widget.kind() == WidgetKind.TABLE && widget.sort() == WidgetSort.CHANGE ? "dashboards.title.movers"
                : "dashboards.title." + widget.kind().code();
        return messages.getMessage(key, new Object[] {metrics, by}, locale);
    }
}
