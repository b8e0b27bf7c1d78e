package org.opencem.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.analytics.DashboardDefinition;
import org.opencem.analytics.DashboardFilter;
import org.opencem.analytics.DashboardPeriod;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.WidgetDefinition;
import org.opencem.analytics.WidgetKind;
import org.opencem.analytics.WidgetSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved dashboards and their widgets. Lists of ids and channels are kept comma-separated: they are
 * only ever read whole, with their dashboard. Callers check who may see or change what.
 */
@Component
public class DashboardStore {

    private static final String FILTER_COLUMNS = "period_code, period_from, period_to, org_unit_id, touchpoint_ids, channels, segment";

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's own dashboards and those shared in the tenant, by name. */
    public List<DashboardDefinition> visibleTo(UUID tenantId, UUID userId) {
        return read(tenantId, "d.tenant_id = ? and (d.owner_id = ? or d.shared)", List.of(tenantId, userId));
    }

    public Optional<DashboardDefinition> find(UUID tenantId, UUID id) {
        return read(tenantId, "d.tenant_id = ? and d.id = ?", List.of(tenantId, id)).stream().findFirst();
    }

    public void insert(UUID tenantId, DashboardDefinition dashboard, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(List.of(tenantId, dashboard.id(), dashboard.ownerId(), dashboard.name(),
                dashboard.shared()));
        params.addAll(filterValues(dashboard.filter()));
        params.add(now);
        params.add(now);
        jdbc.sql("insert into analytics_dashboard (tenant_id, id, owner_id, name, shared, " + FILTER_COLUMNS
                        + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(params).update();
        insertWidgets(tenantId, dashboard);
    }

    /** Replaces the dashboard's name, sharing, filter and widgets; widget ids that stay keep their id. */
    public void update(UUID tenantId, DashboardDefinition dashboard, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(List.of(dashboard.name(), dashboard.shared()));
        params.addAll(filterValues(dashboard.filter()));
        params.addAll(List.of(now, tenantId, dashboard.id()));
        jdbc.sql("update analytics_dashboard set name = ?, shared = ?, period_code = ?, period_from = ?, period_to = ?, "
                        + "org_unit_id = ?, touchpoint_ids = ?, channels = ?, segment = ?, updated_at = ? "
                        + "where tenant_id = ? and id = ?")
                .params(params).update();
        jdbc.sql("delete from analytics_dashboard_widget where tenant_id = ? and dashboard_id = ?")
                .params(tenantId, dashboard.id()).update();
        insertWidgets(tenantId, dashboard);
    }

    public void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from analytics_dashboard_widget where tenant_id = ? and dashboard_id = ?").params(tenantId, id)
                .update();
        jdbc.sql("delete from analytics_dashboard where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    private void insertWidgets(UUID tenantId, DashboardDefinition dashboard) {
        int order = 0;
        for (WidgetDefinition widget : dashboard.widgets()) {
            List<Object> params = new ArrayList<>(List.of(tenantId, dashboard.id(), widget.id(), order++,
                    widget.kind().name()));
            params.add(widget.title());
            params.add(String.join(",", widget.metrics()));
            params.add(widget.breakdown() == null ? null : widget.breakdown().name());
            params.add(widget.sort().name());
            params.addAll(filterValues(widget.filter()));
            jdbc.sql("insert into analytics_dashboard_widget (tenant_id, dashboard_id, id, sort_order, kind, title, metrics, "
                            + "breakdown, sort_by, " + FILTER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(params).update();
        }
    }

    private List<DashboardDefinition> read(UUID tenantId, String where, List<Object> params) {
        List<DashboardDefinition> dashboards = jdbc.sql("select d.*, a.display_name owner_name from analytics_dashboard d "
                        + "left join app_user a on a.tenant_id = d.tenant_id and a.id = d.owner_id where " + where
                        + " order by d.name, d.id")
                .params(params)
                .query((rs, i) -> new DashboardDefinition(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getBoolean("shared"),
                        filter(rs), List.of(), rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
        if (dashboards.isEmpty()) {
            return dashboards;
        }
        Map<UUID, List<WidgetDefinition>> widgets = new LinkedHashMap<>();
        List<Object> widgetParams = new ArrayList<>(List.of(tenantId));
        dashboards.forEach(d -> widgetParams.add(d.id()));
        jdbc.sql("select * from analytics_dashboard_widget where tenant_id = ? and dashboard_id in ("
                        + String.join(", ", java.util.Collections.nCopies(dashboards.size(), "?")) + ") order by sort_order")
                .params(widgetParams)
                .query((rs, i) -> {
                    String breakdown = rs.getString("breakdown");
                    widgets.computeIfAbsent(rs.getObject("dashboard_id", UUID.class), k -> new ArrayList<>())
                            .add(new WidgetDefinition(rs.getObject("id", UUID.class),
                                    WidgetKind.valueOf(rs.getString("kind")), rs.getString("title"),
                                    split(rs.getString("metrics")), breakdown == null ? null : GroupBy.valueOf(breakdown),
                                    WidgetSort.valueOf(rs.getString("sort_by")), filter(rs)));
                    return null;
                })
                .list();
        return dashboards.stream().map(d -> new DashboardDefinition(d.id(), d.name(), d.ownerId(), d.ownerName(),
                d.shared(), d.filter(), widgets.getOrDefault(d.id(), List.of()), d.updatedAt())).toList();
    }

    private static List<Object> filterValues(DashboardFilter filter) {
        List<Object> values = new ArrayList<>();
        values.add(filter.period() == null ? null : filter.period().code());
        values.add(filter.from() == null ? null : Date.valueOf(filter.from()));
        values.add(filter.to() == null ? null : Date.valueOf(filter.to()));
        values.add(filter.unitId());
        values.add(filter.touchpointIds().isEmpty() ? null
                : String.join(",", filter.touchpointIds().stream().map(UUID::toString).toList()));
        values.add(filter.channels().isEmpty() ? null : String.join(",", filter.channels()));
        values.add(filter.segment());
        return values;
    }

    private static DashboardFilter filter(java.sql.ResultSet rs) throws java.sql.SQLException {
        String period = rs.getString("period_code");
        return new DashboardFilter(period == null ? null : DashboardPeriod.parse(period).orElseThrow(),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getObject("org_unit_id", UUID.class),
                split(rs.getString("touchpoint_ids")).stream().map(UUID::fromString).toList(),
                split(rs.getString("channels")), rs.getString("segment"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
