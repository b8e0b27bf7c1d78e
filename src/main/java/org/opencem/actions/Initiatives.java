package org.opencem.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.internal.initiative.ChangeTest;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement initiatives: related cases grouped under an owning department and owner, with tasks
 * and a metric measured before and after the start. An initiative is seen by those whose scope
 * covers its org unit; its cases are only those the caller may see.
 */
@Service
public class Initiatives {

    public static final int MAX_TITLE = 200;
    private static final String SELECT = """
            select i.*, u.name as unit_name, d.name as department_name, t.name as touchpoint_name,
                   (select count(*) from initiative_case ic where ic.tenant_id = i.tenant_id and ic.initiative_id = i.id) as case_count,
                   (select count(*) from initiative_task k where k.tenant_id = i.tenant_id and k.initiative_id = i.id) as task_count,
                   (select count(*) from initiative_task k where k.tenant_id = i.tenant_id and k.initiative_id = i.id and k.done) as done_count
            from initiative i
            join org_unit u on u.tenant_id = i.tenant_id and u.id = i.org_unit_id
            left join department d on d.tenant_id = i.tenant_id and d.id = i.department_id
            left join touchpoint t on t.tenant_id = i.tenant_id and t.id = i.touchpoint_id
            """;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final UserAccounts users;
    private final Clock clock;

    Initiatives(JdbcClient jdbc, Cases cases, OrgUnits orgUnits, Departments departments, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.users = users;
        this.clock = clock;
    }

    public List<Initiative> list(Scope scope) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where i.tenant_id = ? and " + condition
                + " order by case when i.status in ('DONE', 'CANCELLED') then 1 else 0 end, i.due_on, i.created_at", params);
    }

    public Initiative get(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where i.tenant_id = ? and i.id = ? and " + condition, params).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("Initiative"));
    }

    @Transactional
    public Initiative create(CurrentUser me, NewInitiative initiative) {
        working(me);
        List<Violation> problems = new ArrayList<>();
        String title = initiative.title() == null ? "" : initiative.title().strip();
        if (title.isEmpty()) {
            problems.add(Violation.of("title", "initiative.error.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(Violation.of("title", "initiative.error.tooLong", MAX_TITLE));
        }
        if (initiative.departmentId() == null || departments.find(me.tenantId(), initiative.departmentId()).isEmpty()) {
            problems.add(Violation.of("departmentId", "initiative.error.required"));
        }
        if (initiative.orgUnitId() == null || orgUnits.find(me.scope(), initiative.orgUnitId()).isEmpty()) {
            problems.add(Violation.of("orgUnitId", "initiative.error.required"));
        }
        if (initiative.ownerId() != null && users.find(me.tenantId(), initiative.ownerId()).isEmpty()) {
            problems.add(Violation.of("ownerId", "initiative.error.unknown"));
        }
        if (initiative.metric() == null) {
            problems.add(Violation.of("metric", "initiative.error.required"));
        }
        if (initiative.startedOn() == null) {
            problems.add(Violation.of("startedOn", "initiative.error.required"));
        } else if (initiative.dueOn() != null && initiative.dueOn().isBefore(initiative.startedOn())) {
            problems.add(Violation.of("dueOn", "initiative.error.dueBeforeStart"));
        }
        if (initiative.description() != null && initiative.description().length() > Cases.MAX_TEXT) {
            problems.add(Violation.of("description", "initiative.error.tooLong", Cases.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into initiative (tenant_id, id, title, description, department_id, owner_id, status, org_unit_id,
                                        metric, touchpoint_id, started_on, due_on, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(me.tenantId(), id, title, blankToNull(initiative.description()), initiative.departmentId(),
                        initiative.ownerId(), InitiativeStatus.PLANNED.name(), initiative.orgUnitId(),
                        initiative.metric().name(), initiative.touchpointId(), initiative.startedOn(), initiative.dueOn(),
                        now, now).update();
        addCases(me, id, initiative.caseIds());
        return get(me.scope(), id);
    }

    /** Adds the cases the caller may see to the initiative; ids out of scope or already there are skipped. */
    @Transactional
    public int addCases(CurrentUser me, UUID initiativeId, List<UUID> caseIds) {
        working(me);
        get(me.scope(), initiativeId);
        Set<UUID> present = new HashSet<>(jdbc.sql("select case_id from initiative_case where tenant_id = ? and initiative_id = ?")
                .params(me.tenantId(), initiativeId).query(UUID.class).list());
        int added = 0;
        for (UUID caseId : new java.util.LinkedHashSet<>(caseIds)) {
            if (!present.contains(caseId) && cases.find(me.scope(), caseId).isPresent()) {
                jdbc.sql("insert into initiative_case (tenant_id, initiative_id, case_id) values (?, ?, ?)")
                        .params(me.tenantId(), initiativeId, caseId).update();
                added++;
            }
        }
        return added;
    }

    /** The initiative's cases that the caller may see. */
    public List<CaseSummary> cases(Scope scope, UUID initiativeId) {
        get(scope, initiativeId);
        return jdbc.sql("select case_id from initiative_case where tenant_id = ? and initiative_id = ?")
                .params(scope.tenantId(), initiativeId).query(UUID.class).list().stream()
                .map(caseId -> cases.find(scope, caseId)).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparingLong(CaseSummary::number)).toList();
    }

    /** The initiatives a case belongs to, for the case page. */
    public List<Initiative> forCase(Scope scope, UUID caseId) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), caseId));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where i.tenant_id = ? and i.id in (select ic.initiative_id from initiative_case ic "
                + "where ic.tenant_id = i.tenant_id and ic.case_id = ?) and " + condition, params);
    }

    @Transactional
    public void changeStatus(CurrentUser me, UUID id, InitiativeStatus status) {
        working(me);
        get(me.scope(), id);
        jdbc.sql("update initiative set status = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(status.name(), OffsetDateTime.now(clock), me.tenantId(), id).update();
    }

    public List<InitiativeTask> tasks(Scope scope, UUID initiativeId) {
        get(scope, initiativeId);
        Map<UUID, String> names = userNames(scope.tenantId());
        return jdbc.sql("select * from initiative_task where tenant_id = ? and initiative_id = ? order by created_at, id")
                .params(scope.tenantId(), initiativeId)
                .query((rs, i) -> {
                    UUID owner = rs.getObject("owner_id", UUID.class);
                    return new InitiativeTask(rs.getObject("id", UUID.class), rs.getString("title"), owner,
                            owner == null ? null : names.get(owner), rs.getObject("due_on", LocalDate.class), rs.getBoolean("done"));
                }).list();
    }

    @Transactional
    public InitiativeTask addTask(CurrentUser me, UUID initiativeId, String title, UUID ownerId, LocalDate dueOn) {
        working(me);
        get(me.scope(), initiativeId);
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("taskTitle", "initiative.error.required");
        }
        if (text.length() > 300) {
            throw InvalidInputException.of("taskTitle", "initiative.error.tooLong", 300);
        }
        if (ownerId != null && users.find(me.tenantId(), ownerId).isEmpty()) {
            throw InvalidInputException.of("taskOwnerId", "initiative.error.unknown");
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into initiative_task (tenant_id, id, initiative_id, title, owner_id, due_on, done, created_at) values (?, ?, ?, ?, ?, ?, false, ?)")
                .params(me.tenantId(), id, initiativeId, text, ownerId, dueOn, OffsetDateTime.now(clock)).update();
        return tasks(me.scope(), initiativeId).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public void markTask(CurrentUser me, UUID initiativeId, UUID taskId, boolean done) {
        working(me);
        get(me.scope(), initiativeId);
        jdbc.sql("update initiative_task set done = ? where tenant_id = ? and initiative_id = ? and id = ?")
                .params(done, me.tenantId(), initiativeId, taskId).update();
    }

    /**
     * The metric since the start (up to today, or the due date once past) against the period of the same
     * length just before the start, over the initiative's org unit subtree and touchpoint.
     */
    public MetricChange metricChange(Scope scope, UUID id) {
        Initiative initiative = get(scope, id);
        LocalDate today = LocalDate.now(clock);
        LocalDate afterEnd = initiative.dueOn() != null && initiative.dueOn().isBefore(today) ? initiative.dueOn() : today;
        long days = Math.max(1, ChronoUnit.DAYS.between(initiative.startedOn(), afterEnd) + 1);
        LocalDate beforeStart = initiative.startedOn().minusDays(days);
        OrgUnit unit = orgUnits.inTenant(scope.tenantId(), initiative.orgUnitId()).orElseThrow();
        Sums before = sums(scope.tenantId(), unit, initiative.touchpointId(), beforeStart, initiative.startedOn().minusDays(1));
        Sums after = sums(scope.tenantId(), unit, initiative.touchpointId(), initiative.startedOn(), afterEnd);
        ChangeTest.Result test;
        Double valueBefore;
        Double valueAfter;
        int nBefore;
        int nAfter;
        if (initiative.metric() == InitiativeMetric.NPS) {
            nBefore = before.npsN;
            nAfter = after.npsN;
            valueBefore = nBefore == 0 ? null : 100.0 * (before.promoters - before.detractors) / nBefore;
            valueAfter = nAfter == 0 ? null : 100.0 * (after.promoters - after.detractors) / nAfter;
            test = ChangeTest.nps(before.promoters, before.detractors, nBefore, after.promoters, after.detractors, nAfter);
        } else {
            nBefore = before.csatN;
            nAfter = after.csatN;
            valueBefore = before.csatMean();
            valueAfter = after.csatMean();
            test = ChangeTest.welch(nz(valueBefore), before.csatVariance(), nBefore, nz(valueAfter), after.csatVariance(), nAfter);
        }
        Double difference = valueBefore == null || valueAfter == null ? null : valueAfter - valueBefore;
        return new MetricChange(initiative.metric(),
                new MetricChange.Period(beforeStart, initiative.startedOn().minusDays(1), nBefore, valueBefore),
                new MetricChange.Period(initiative.startedOn(), afterEnd, nAfter, valueAfter),
                difference, Double.isNaN(test.pValue()) ? null : test.pValue(), test.significant());
    }

    private Sums sums(UUID tenantId, OrgUnit unit, UUID touchpointId, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(tenantId, unit.path() + "%",
                from.atStartOfDay(clock.getZone()).toOffsetDateTime(), to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()));
        String touchpoint = "";
        if (touchpointId != null) {
            touchpoint = " and f.touchpoint_id = ?";
            params.add(touchpointId);
        }
        return jdbc.sql("""
                select count(f.nps) as nps_n,
                       coalesce(sum(case when f.nps >= 9 then 1 else 0 end), 0) as promoters,
                       coalesce(sum(case when f.nps <= 6 then 1 else 0 end), 0) as detractors,
                       count(f.csat) as csat_n, coalesce(sum(f.csat), 0) as csat_sum,
                       coalesce(sum(f.csat * f.csat), 0) as csat_squares
                from feedback_record f join org_unit u on u.tenant_id = f.tenant_id and u.id = f.org_unit_id
                where f.tenant_id = ? and u.path like ? and f.occurred_at >= ? and f.occurred_at < ?""" + touchpoint)
                .params(params)
                .query((rs, i) -> new Sums(rs.getInt("nps_n"), rs.getInt("promoters"), rs.getInt("detractors"),
                        rs.getInt("csat_n"), rs.getLong("csat_sum"), rs.getLong("csat_squares")))
                .single();
    }

    private record Sums(int npsN, int promoters, int detractors, int csatN, long csatSum, long csatSquares) {

        Double csatMean() {
            return csatN == 0 ? null : (double) csatSum / csatN;
        }

        /** The sample variance (n − 1), from the sums: Σx² − (Σx)²/n over n − 1. */
        double csatVariance() {
            return csatN < 2 ? 0 : (csatSquares - (double) csatSum * csatSum / csatN) / (csatN - 1);
        }
    }

    private static double nz(Double value) {
        return value == null ? 0 : value;
    }

    private static void working(CurrentUser me) {
        if (me.role() == Role.ANALYST) {
            throw new AccessDeniedException("Analysts read initiatives but do not run them");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Map<UUID, String> userNames(UUID tenantId) {
        return users.all(tenantId).stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    private List<Initiative> query(UUID tenantId, String sql, List<Object> params) {
        Map<UUID, String> names = userNames(tenantId);
        return jdbc.sql(sql).params(params).query((rs, i) -> {
            UUID owner = rs.getObject("owner_id", UUID.class);
            return new Initiative(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                    rs.getObject("department_id", UUID.class), rs.getString("department_name"), owner,
                    owner == null ? null : names.get(owner), InitiativeStatus.valueOf(rs.getString("status")),
                    rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
                    InitiativeMetric.valueOf(rs.getString("metric")), rs.getObject("touchpoint_id", UUID.class),
                    rs.getString("touchpoint_name"), rs.getObject("started_on", LocalDate.class),
                    rs.getObject("due_on", LocalDate.class), rs.getInt("case_count"), rs.getInt("task_count"),
                    rs.getInt("done_count"));
        }).list();
    }
}
