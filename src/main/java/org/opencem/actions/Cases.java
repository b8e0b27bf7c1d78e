package org.opencem.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.internal.CaseHistory;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases as people work them: inboxes, notes, progress and resolution, always within scope. */
@Service
public class Cases {

    public static final int MAX_TEXT = 4000;
    private static final String SELECT = """
            select c.*, u.name as unit_name, f.nps
            from feedback_case c
            join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id
            left join feedback_record f on f.tenant_id = c.tenant_id and f.id = c.feedback_id
            """;

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;

    Cases(JdbcClient jdbc, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    public List<CaseSummary> inbox(CurrentUser me, InboxFilter filter, int limit) {
        List<Object> params = new ArrayList<>(List.of(me.tenantId()));
        StringBuilder where = new StringBuilder("where c.tenant_id = ? and ").append(me.scope().pathCondition("u.path", params));
        switch (filter) {
            case MINE -> {
                where.append(" and c.assignee_id = ? and c.status <> ?");
                params.add(me.userId());
                params.add(CaseStatus.RESOLVED.name());
            }
            case OPEN -> {
                where.append(" and c.status <> ?");
                params.add(CaseStatus.RESOLVED.name());
            }
            case RESOLVED -> {
                where.append(" and c.status = ?");
                params.add(CaseStatus.RESOLVED.name());
            }
        }
        String order = filter == InboxFilter.RESOLVED ? " order by c.resolved_at desc"
                : " order by case when c.priority = 'HIGH' then 0 else 1 end, c.created_at";
        return query(me.tenantId(), SELECT + where + order + " fetch first " + limit + " rows only", params);
    }

    /** How many open cases each inbox tab holds, for the tab badges. */
    public Map<InboxFilter, Integer> counts(CurrentUser me) {
        List<Object> params = new ArrayList<>(List.of(me.userId(), CaseStatus.RESOLVED.name(), me.tenantId()));
        String condition = me.scope().pathCondition("u.path", params);
        return jdbc.sql("select count(case when c.assignee_id = ? then 1 end) mine, count(*) open_count from feedback_case c "
                        + "join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id "
                        + "where c.status <> ? and c.tenant_id = ? and " + condition)
                .params(params)
                .query((rs, i) -> Map.of(InboxFilter.MINE, rs.getInt("mine"), InboxFilter.OPEN, rs.getInt("open_count")))
                .single();
    }

    public Optional<CaseSummary> find(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where c.tenant_id = ? and c.id = ? and " + condition, params).stream().findFirst();
    }

    public CaseSummary get(Scope scope, UUID id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("Case"));
    }

    /** The case a piece of feedback raised, if any and if the caller may see it. */
    public Optional<CaseSummary> forFeedback(Scope scope, UUID feedbackId) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), feedbackId));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where c.tenant_id = ? and c.feedback_id = ? and " + condition, params)
                .stream().findFirst();
    }

    /** The cases raised by the given feedback records, keyed by record, for lists. */
    public Map<UUID, CaseSummary> forFeedback(Scope scope, List<UUID> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        params.addAll(feedbackIds);
        String marks = String.join(", ", java.util.Collections.nCopies(feedbackIds.size(), "?"));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where c.tenant_id = ? and c.feedback_id in (" + marks + ") and " + condition,
                params).stream().collect(Collectors.toMap(CaseSummary::feedbackId, c -> c));
    }

    public List<CaseActivity> history(Scope scope, UUID caseId) {
        get(scope, caseId);
        Map<UUID, String> names = userNames(scope.tenantId());
        return jdbc.sql("select kind, actor_id, body, created_at from case_activity where tenant_id = ? and case_id = ? order by created_at, id")
                .params(scope.tenantId(), caseId)
                .query((rs, i) -> {
                    String kind = rs.getString("kind");
                    String body = rs.getString("body");
                    if ("ASSIGNED".equals(kind) && body != null) {
                        body = names.getOrDefault(UUID.fromString(body), body);
                    }
                    return new CaseActivity(kind, names.get(rs.getObject("actor_id", UUID.class)), body,
                            rs.getObject("created_at", OffsetDateTime.class));
                })
                .list();
    }

    @Transactional
    public void addNote(CurrentUser me, UUID caseId, String note) {
        addNote(me, caseId, note, OffsetDateTime.now(clock));
    }

    /** Records a note made at {@code at}: for imported and generated (demo) case history. */
    @Transactional
    public void addNote(CurrentUser me, UUID caseId, String note, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        touch(me, found, found.status(), at);
        CaseHistory.append(jdbc, me.tenantId(), caseId, "NOTE", me.userId(), note.strip(), at);
    }

    @Transactional
    public void start(CurrentUser me, UUID caseId) {
        start(me, caseId, OffsetDateTime.now(clock));
    }

    /** Records work started at {@code at}: for imported and generated (demo) case history. */
    @Transactional
    public void start(CurrentUser me, UUID caseId, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        if (found.status() == CaseStatus.NEW) {
            touch(me, found, CaseStatus.IN_PROGRESS, at);
            CaseHistory.append(jdbc, me.tenantId(), caseId, "STARTED", me.userId(), null, at);
        }
    }

    @Transactional
    public void resolve(CurrentUser me, UUID caseId, String resolution) {
        resolve(me, caseId, resolution, OffsetDateTime.now(clock));
    }

    /** Records a resolution made at {@code at}: for imported and generated (demo) case history. */
    @Transactional
    public void resolve(CurrentUser me, UUID caseId, String resolution, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        if (!found.status().isOpen()) {
            return;
        }
        jdbc.sql("update feedback_case set status = ?, resolution = ?, resolved_at = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(CaseStatus.RESOLVED.name(), resolution.strip(), at, at, me.tenantId(), caseId).update();
        CaseHistory.append(jdbc, me.tenantId(), caseId, "RESOLVED", me.userId(), resolution.strip(), at);
    }

    private CaseSummary editable(CurrentUser me, UUID caseId) {
        CaseSummary found = get(me.scope(), caseId);
        if (me.role() == Role.ANALYST) {
            throw new AccessDeniedException("Analysts read cases but do not work them");
        }
        return found;
    }

    private void touch(CurrentUser me, CaseSummary found, CaseStatus status, OffsetDateTime at) {
        jdbc.sql("update feedback_case set status = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(status.name(), at, me.tenantId(), found.id()).update();
    }

    private Map<UUID, String> userNames(UUID tenantId) {
        return users.all(tenantId).stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    private List<CaseSummary> query(UUID tenantId, String sql, List<Object> params) {
        Map<UUID, String> names = userNames(tenantId);
        return jdbc.sql(sql).params(params).query((rs, i) -> {
            UUID assignee = rs.getObject("assignee_id", UUID.class);
            return new CaseSummary(rs.getObject("id", UUID.class), rs.getLong("case_number"), rs.getString("title"),
                    CaseStatus.valueOf(rs.getString("status")), CasePriority.valueOf(rs.getString("priority")),
                    rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"), assignee,
                    assignee == null ? null : names.get(assignee), rs.getObject("feedback_id", UUID.class),
                    rs.getObject("source_id", UUID.class), (Integer) rs.getObject("nps", Integer.class),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
                    rs.getString("resolution"));
        }).list();
    }
}
