package org.opencem.analytics;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Goals per metric, org unit (or a department within it) and period. Everyone sees the goals of
 * the units in their scope; tenant admins and CX managers set them.
 */
@Service
public class Goals {

    public static final int NOTE_MAX = 500;
    /** Goals are for quarters and years; a span beyond two years is a typing error. */
    public static final int MAX_DAYS = 731;

    private static final String SELECT = """
            select g.*, u.name unit_name, d.name department_name from analytics_goal g
            join org_unit u on u.tenant_id = g.tenant_id and u.id = g.org_unit_id
            left join department d on d.tenant_id = g.tenant_id and d.id = g.department_id
            """;
    private static final RowMapper<Goal> MAPPER = (rs, i) -> new Goal(rs.getObject("id", UUID.class),
            ViewMetric.valueOf(rs.getString("metric")), rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
            rs.getObject("department_id", UUID.class), rs.getString("department_name"),
            rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
            rs.getDouble("target_value"), rs.getString("note"));

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final Clock clock;

    Goals(JdbcClient jdbc, OrgUnits orgUnits, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.clock = clock;
    }

    /** Every goal in the caller's scope, the latest periods first. */
    public List<Goal> list(Scope scope) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql(SELECT + "where g.tenant_id = ? and " + condition
                        + " order by g.period_end desc, u.path, g.metric, d.name")
                .params(params).query(MAPPER).list();
    }

    public Optional<Goal> find(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql(SELECT + "where g.tenant_id = ? and g.id = ? and " + condition)
                .params(params).query(MAPPER).optional();
    }

    public Goal get(Scope scope, UUID id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("Goal"));
    }

    public Goal create(CurrentUser me, GoalInput input) {
        requireManager(me);
        check(me.scope(), input);
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into analytics_goal (tenant_id, id, metric, org_unit_id, department_id, period_start,
                                                    period_end, target_value, note, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(me.tenantId(), id, ViewMetric.parse(input.metric()).orElseThrow().name(), input.orgUnitId(),
                        input.departmentId(), Date.valueOf(input.periodStart()), Date.valueOf(input.periodEnd()),
                        input.target(), blankToNull(input.note()), me.userId(), now, now)
                .update();
        return get(me.scope(), id);
    }

    public Goal update(CurrentUser me, UUID id, GoalInput input) {
        requireManager(me);
        get(me.scope(), id);
        check(me.scope(), input);
        jdbc.sql("""
                        update analytics_goal set metric = ?, org_unit_id = ?, department_id = ?, period_start = ?,
                               period_end = ?, target_value = ?, note = ?, updated_at = ?
                        where tenant_id = ? and id = ?""")
                .params(ViewMetric.parse(input.metric()).orElseThrow().name(), input.orgUnitId(), input.departmentId(),
                        Date.valueOf(input.periodStart()), Date.valueOf(input.periodEnd()), input.target(),
                        blankToNull(input.note()), OffsetDateTime.now(clock), me.tenantId(), id)
                .update();
        return get(me.scope(), id);
    }

    public void delete(CurrentUser me, UUID id) {
        requireManager(me);
        get(me.scope(), id);
        jdbc.sql("delete from analytics_goal where tenant_id = ? and id = ?").params(me.tenantId(), id).update();
    }

    /**
     * The goal of each unit for each metric over [from, to]: the one whose period shares the most
     * days with it. Department goals are left out; see {@link #forDepartments}.
     */
    public Map<UUID, Map<ViewMetric, Goal>> forUnits(Scope scope, Collection<UUID> unitIds, LocalDate from,
                                                     LocalDate to) {
        Map<UUID, Map<ViewMetric, Goal>> result = new LinkedHashMap<>();
        for (Goal goal : overlapping(scope, unitIds, from, to, false)) {
            result.computeIfAbsent(goal.orgUnitId(), k -> new LinkedHashMap<>())
                    .merge(goal.metric(), goal, (a, b) -> closer(a, b, from, to));
        }
        return result;
    }

    /** The department goals set on a unit, by department and metric, chosen as {@link #forUnits} does. */
    public Map<UUID, Map<ViewMetric, Goal>> forDepartments(Scope scope, UUID unitId, LocalDate from, LocalDate to) {
        Map<UUID, Map<ViewMetric, Goal>> result = new LinkedHashMap<>();
        for (Goal goal : overlapping(scope, List.of(unitId), from, to, true)) {
            result.computeIfAbsent(goal.departmentId(), k -> new LinkedHashMap<>())
                    .merge(goal.metric(), goal, (a, b) -> closer(a, b, from, to));
        }
        return result;
    }

    private List<Goal> overlapping(Scope scope, Collection<UUID> unitIds, LocalDate from, LocalDate to,
                                   boolean departments) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), Date.valueOf(to), Date.valueOf(from)));
        params.addAll(unitIds);
        String marks = String.join(", ", Collections.nCopies(unitIds.size(), "?"));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql(SELECT + "where g.tenant_id = ? and g.period_start <= ? and g.period_end >= ? and g.org_unit_id in ("
                        + marks + ") and g.department_id is " + (departments ? "not null" : "null") + " and " + condition)
                .params(params).query(MAPPER).list();
    }

    private static Goal closer(Goal a, Goal b, LocalDate from, LocalDate to) {
        return Comparator.comparingLong((Goal g) -> g.overlapDays(from, to)).thenComparing(Goal::periodEnd)
                .compare(a, b) >= 0 ? a : b;
    }

    private void check(Scope scope, GoalInput input) {
        List<Violation> violations = new ArrayList<>();
        Optional<ViewMetric> metric = ViewMetric.parse(input.metric());
        if (input.metric() == null || input.metric().isBlank()) {
            violations.add(Violation.of("metric", "common.required"));
        } else if (metric.isEmpty()) {
            violations.add(Violation.of("metric", "analytics.error.metric", input.metric(), ViewMetric.codes()));
        }
        if (input.orgUnitId() == null) {
            violations.add(Violation.of("orgUnitId", "common.required"));
        } else if (orgUnits.find(scope, input.orgUnitId()).isEmpty()) {
            violations.add(Violation.of("orgUnitId", "analytics.error.unit"));
        }
        if (input.departmentId() != null && departments.find(scope.tenantId(), input.departmentId()).isEmpty()) {
            violations.add(Violation.of("departmentId", "analytics.goal.error.department"));
        }
        if (input.periodStart() == null) {
            violations.add(Violation.of("periodStart", "common.required"));
        }
        if (input.periodEnd() == null) {
            violations.add(Violation.of("periodEnd", "common.required"));
        } else if (input.periodStart() != null && input.periodEnd().isBefore(input.periodStart())) {
            violations.add(Violation.of("periodEnd", "analytics.error.periodOrder"));
        } else if (input.periodStart() != null
                && input.periodEnd().toEpochDay() - input.periodStart().toEpochDay() >= MAX_DAYS) {
            violations.add(Violation.of("periodEnd", "analytics.goal.error.periodLength", MAX_DAYS));
        }
        if (input.target() == null || input.target().isNaN()) {
            violations.add(Violation.of("target", "common.required"));
        } else if (metric.isPresent() && (input.target() < metric.get().min() || input.target() > metric.get().max())) {
            violations.add(Violation.of("target", "analytics.goal.error.target", fmt(metric.get().min()),
                    fmt(metric.get().max())));
        }
        if (input.note() != null && input.note().length() > NOTE_MAX) {
            violations.add(Violation.of("note", "common.tooLong", NOTE_MAX));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void requireManager(CurrentUser me) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Only tenant admins and CX managers set goals");
        }
    }

    private static String fmt(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
