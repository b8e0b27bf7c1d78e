package org.opencem.analytics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dashboard: its widgets in order and the filter every widget starts from. A saved one has an
 * id, an owner and is private or shared with the whole tenant; a role's default dashboard
 * ({@link RoleDashboards}) has no id and is never stored. Whoever opens a dashboard sees only
 * their own scope in it.
 */
public record DashboardDefinition(UUID id, String name, UUID ownerId, String ownerName, boolean shared,
                                  DashboardFilter filter, List<WidgetDefinition> widgets, OffsetDateTime updatedAt) {

    public DashboardDefinition {
        widgets = List.copyOf(widgets);
        filter = filter == null ? DashboardFilter.NONE : filter;
    }

    public Optional<WidgetDefinition> widget(UUID widgetId) {
        return widgets.stream().filter(w -> w.id().equals(widgetId)).findFirst();
    }

    public boolean ownedBy(UUID userId) {
        return ownerId != null && ownerId.equals(userId);
    }
}
