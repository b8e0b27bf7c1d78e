package org.opencem.analytics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.springframework.stereotype.Service;

/**
 * The default dashboard of each person, built on the fly (never stored) from the same widgets as a
 * custom one, so it renders and answers through the API the same way. Which one: head office
 * (admins, CX managers and analysts whose scope is the whole chain) gets the executive dashboard; a
 * unit manager gets the regional one above store level and the store one at a store; a member of a
 * department that owns touchpoints, looking above store level, gets that department's touchpoints;
 * a case handler otherwise gets the frontline one, narrowed to their department's touchpoints if it
 * owns any. Everyone else falls back on the level of their scope.
 */
@Service
public class RoleDashboards {

    private final OrgUnits orgUnits;
    private final UserAccounts users;
    private final Departments departments;
    private final Journeys journeys;

    RoleDashboards(OrgUnits orgUnits, UserAccounts users, Departments departments, Journeys journeys) {
        this.orgUnits = orgUnits;
        this.users = users;
        this.departments = departments;
        this.journeys = journeys;
    }

    public RoleDashboard defaultFor(CurrentUser me) {
        List<OrgUnit> roots = orgUnits.scopeRoots(me.scope());
        boolean top = roots.stream().anyMatch(u -> u.parentId() == null);
        boolean stores = !roots.isEmpty()
                && orgUnits.withChildren(me.tenantId(), roots.stream().map(OrgUnit::id).toList()).isEmpty();
        Department department = users.find(me.tenantId(), me.userId()).map(UserAccount::departmentId)
                .flatMap(id -> departments.find(me.tenantId(), id)).orElse(null);
        List<UUID> owned = department == null ? List.of() : journeys.touchpoints(me.tenantId()).stream()
                .filter(t -> department.id().equals(t.ownerDepartmentId())).map(TouchpointRef::id).toList();
        DashboardRole role = roleOf(me.role(), top, stores, !owned.isEmpty());
        List<UUID> touchpoints = role == DashboardRole.DEPARTMENT || role == DashboardRole.FRONTLINE ? owned : List.of();
        String departmentName = touchpoints.isEmpty() ? null : department.name();
        return new RoleDashboard(role, new DashboardDefinition(null, role.code(), null, null, false,
                new DashboardFilter(null, null, null, null, touchpoints, List.of(), null), widgets(role), null),
                departmentName);
    }

    static DashboardRole roleOf(Role role, boolean top, boolean stores, boolean ownsTouchpoints) {
        boolean headOffice = role == Role.TENANT_ADMIN || role == Role.CX_MANAGER || role == Role.ANALYST;
        if (top && (headOffice || role == Role.UNIT_MANAGER)) {
            return DashboardRole.EXECUTIVE;
        }
        if (role == Role.UNIT_MANAGER) {
            return stores ? DashboardRole.STORE : DashboardRole.REGIONAL;
        }
        if (ownsTouchpoints && !stores) {
            return DashboardRole.DEPARTMENT;
        }
        if (role == Role.CASE_HANDLER) {
            return DashboardRole.FRONTLINE;
        }
        return stores ? DashboardRole.STORE : DashboardRole.REGIONAL;
    }

    private static List<WidgetDefinition> widgets(DashboardRole role) {
        Widgets w = new Widgets(role);
        switch (role) {
            case EXECUTIVE -> {
                w.add(WidgetKind.KPI, List.of("cx_index", "nps", "csat", "ces"), null, null, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.TREND, List.of("nps", "csat"), null, null, DashboardPeriod.WEEKS_26);
                w.add(WidgetKind.BREAKDOWN, List.of("cx_index"), GroupBy.CHILD_UNIT, WidgetSort.VALUE, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.BREAKDOWN, List.of("cx_index"), GroupBy.TOUCHPOINT, WidgetSort.VALUE, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.TABLE, List.of("nps", "csat", "cx_index"), GroupBy.CHILD_UNIT, WidgetSort.CHANGE,
                        DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.TABLE, List.of("csat", "net_sentiment"), GroupBy.TOUCHPOINT, WidgetSort.CHANGE,
                        DashboardPeriod.WEEKS_4);
            }
            case REGIONAL -> {
                w.add(WidgetKind.KPI, List.of("cx_index", "nps", "csat", "ces"), null, null, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.BREAKDOWN, List.of("nps"), GroupBy.CHILD_UNIT, WidgetSort.VALUE, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.TREND, List.of("nps", "csat"), null, null, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.TABLE, List.of("cx_index", "nps", "csat", "net_sentiment"), GroupBy.CHILD_UNIT,
                        WidgetSort.VALUE, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.HEATMAP, List.of("csat"), null, null, DashboardPeriod.WEEKS_4);
            }
            case STORE -> {
                w.add(WidgetKind.KPI, List.of("nps", "csat", "cx_index"), null, null, DashboardPeriod.LAST_7_DAYS);
                w.add(WidgetKind.BREAKDOWN, List.of("csat"), GroupBy.TOUCHPOINT, WidgetSort.VALUE, DashboardPeriod.LAST_7_DAYS);
                w.add(WidgetKind.COMMENTS, List.of("nps"), null, null, DashboardPeriod.LAST_7_DAYS);
                w.add(WidgetKind.TREND, List.of("nps", "csat"), null, null, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.TABLE, List.of("csat", "net_sentiment"), GroupBy.TOUCHPOINT, WidgetSort.CHANGE,
                        DashboardPeriod.WEEKS_4);
            }
            case DEPARTMENT -> {
                w.add(WidgetKind.KPI, List.of("csat", "csat_mean", "net_sentiment"), null, null, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.HEATMAP, List.of("csat"), null, null, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.BREAKDOWN, List.of("csat"), GroupBy.CHILD_UNIT, WidgetSort.VALUE, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.TREND, List.of("csat"), null, null, DashboardPeriod.WEEKS_12);
                w.add(WidgetKind.COMMENTS, List.of("csat"), null, null, DashboardPeriod.WEEKS_4);
                w.add(WidgetKind.TABLE, List.of("csat", "net_sentiment"), GroupBy.TOUCHPOINT, WidgetSort.CHANGE,
                        DashboardPeriod.WEEKS_4);
            }
            case FRONTLINE -> {
                w.add(WidgetKind.KPI, List.of("nps", "csat"), null, null, DashboardPeriod.LAST_7_DAYS);
                w.add(WidgetKind.BREAKDOWN, List.of("csat"), GroupBy.TOUCHPOINT, WidgetSort.VALUE, DashboardPeriod.LAST_7_DAYS);
                w.add(WidgetKind.COMMENTS, List.of("nps"), null, null, DashboardPeriod.WEEKS_4);
            }
        }
        return w.list;
    }

    /** Builds a role's widgets with ids that stay the same from one request to the next, so each loads on its own. */
    private static final class Widgets {
        private final DashboardRole role;
        private final List<WidgetDefinition> list = new ArrayList<>();

        Widgets(DashboardRole role) {
            this.role = role;
        }

        void add(WidgetKind kind, List<String> metrics, GroupBy breakdown, WidgetSort sort, DashboardPeriod period) {
            UUID id = UUID.nameUUIDFromBytes(("opencem:dashboard:" + role.code() + ":" + list.size())
                    .getBytes(StandardCharsets.UTF_8));
            list.add(new WidgetDefinition(id, kind, null, metrics, breakdown, sort,
                    new DashboardFilter(period, null, null, null, List.of(), List.of(), null)));
        }
    }
}
