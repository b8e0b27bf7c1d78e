package org.opencem.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.internal.CaseEscalator;
import org.opencem.actions.internal.CaseHistory;
import org.opencem.actions.internal.CaseNotices;
import org.opencem.actions.internal.CaseOpener;
import org.opencem.actions.internal.CaseRouter;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.internal.NewCase;
import org.opencem.actions.internal.SlaClocks;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases as people work them: inboxes, notes and mentions, status changes, assignment, escalation,
 * opening by hand, always within the caller's scope. Every change lands in the case's history.
 */
@Service
public class Cases {

    public static final int MAX_TEXT = 4000;
    public static final int TITLE_MAX = 300;
    /** "Due soon" means due within this many hours. */
    static final int DUE_SOON_HOURS = 4;
    private static final String SELECT = """
            select c.*, u.name as unit_name, d.name as department_name, f.nps, r.name as rule_name
            from feedback_case c
            join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id
            left join department d on d.tenant_id = c.tenant_id and d.id = c.department_id
            left join alert_rule r on r.tenant_id = c.tenant_id and r.id = c.rule_id
            left join feedback_record f on f.tenant_id = c.tenant_id and f.id = c.feedback_id
            """;

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final FeedbackRecords feedback;
    private final CaseOpener opener;
    private final CaseRouter router;
    private final SlaClocks clocks;
    private final CaseConfiguration settings;
    private final CaseEscalator escalator;
    private final CaseNotices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Cases(JdbcClient jdbc, UserAccounts users, FeedbackRecords feedback, CaseOpener opener, CaseRouter router,
          SlaClocks clocks, CaseConfiguration settings, CaseEscalator escalator, CaseNotices notices,
          TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.feedback = feedback;
        this.opener = opener;
        this.router = router;
        this.clocks = clocks;
        this.settings = settings;
        this.escalator = escalator;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<CaseSummary> inbox(CurrentUser me, InboxFilter filter, int limit) {
        return list(me, CaseQuery.of(filter), limit);
    }

    /** The cases in the caller's scope that match the query, the most pressing first. */
    public List<CaseSummary> list(CurrentUser me, CaseQuery query, int limit) {
        List<Object> params = new ArrayList<>(List.of(me.tenantId()));
        StringBuilder where = new StringBuilder("where c.tenant_id = ? and ").append(me.scope().pathCondition("u.path", params));
        InboxFilter tab = query.tab() == null ? InboxFilter.OPEN : query.tab();
        OffsetDateTime now = now();
        if (tab == InboxFilter.RESOLVED) {
            where.append(" and c.status not in (").append(marks(CaseStatus.open().size())).append(")");
        } else {
            where.append(" and c.status in (").append(marks(CaseStatus.open().size())).append(")");
        }
        CaseStatus.open().forEach(s -> params.add(s.name()));
        switch (tab) {
            case MINE -> {
                where.append(" and c.assignee_id = ?");
                params.add(me.userId());
            }
            case DUE_SOON -> {
                where.append(" and c.due_at >= ? and c.due_at < ?");
                params.add(now);
                params.add(now.plusHours(DUE_SOON_HOURS));
            }
            case OVERDUE -> {
                where.append(" and c.due_at < ?");
                params.add(now);
            }
            case OPEN, RESOLVED -> {
            }
        }
        narrow(where, params, "c.status = ?", query.status() == null ? null : query.status().name());
        narrow(where, params, "c.priority = ?", query.priority() == null ? null : query.priority().name());
        narrow(where, params, "c.org_unit_id = ?", query.orgUnitId());
        narrow(where, params, "c.department_id = ?", query.departmentId());
        narrow(where, params, "c.assignee_id = ?", query.assigneeId());
        String order = tab == InboxFilter.RESOLVED ? " order by coalesce(c.closed_at, c.resolved_at) desc"
                : " order by c.due_at, case c.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,"
                  + " c.created_at";
        return query(me.tenantId(), SELECT + where + order + " fetch first " + limit + " rows only", params);
    }

    private static void narrow(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.add(value);
        }
    }

    /** How many cases each open inbox tab holds, for the tab badges. */
    public Map<InboxFilter, Integer> counts(CurrentUser me) {
        OffsetDateTime now = now();
        List<Object> params = new ArrayList<>(List.of(me.userId(), now, now.plusHours(DUE_SOON_HOURS), now));
        CaseStatus.open().forEach(s -> params.add(s.name()));
        params.add(me.tenantId());
        String condition = me.scope().pathCondition("u.path", params);
        return jdbc.sql("select count(case when c.assignee_id = ? then 1 end) mine, "
                        + "count(case when c.due_at >= ? and c.due_at < ? then 1 end) soon, "
                        + "count(case when c.due_at < ? then 1 end) late, count(*) open_count from feedback_case c "
                        + "join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id "
                        + "where c.status in (" + marks(CaseStatus.open().size()) + ") and c.tenant_id = ? and " + condition)
                .params(params)
                .query((rs, i) -> Map.of(InboxFilter.MINE, rs.getInt("mine"), InboxFilter.DUE_SOON, rs.getInt("soon"),
                        InboxFilter.OVERDUE, rs.getInt("late"), InboxFilter.OPEN, rs.getInt("open_count")))
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
        return Optional.ofNullable(forFeedback(scope, List.of(feedbackId)).get(feedbackId));
    }

    /** The cases raised by the given feedback records, keyed by record, for lists. */
    public Map<UUID, CaseSummary> forFeedback(Scope scope, List<UUID> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        params.addAll(feedbackIds);
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where c.tenant_id = ? and c.feedback_id in (" + marks(feedbackIds.size())
                + ") and " + condition, params).stream().collect(Collectors.toMap(CaseSummary::feedbackId, c -> c));
    }

    /**
     * The cases opened between two instants in a unit's subtree, optionally at one touchpoint,
     * newest first: what a slice of the figures led to. Read from the cases alone, which are few
     * beside the feedback.
     */
    public List<CaseSummary> openedIn(Scope scope, String unitPath, UUID touchpointId, OffsetDateTime from,
                                      OffsetDateTime to, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), unitPath + "%", from, to));
        StringBuilder where = new StringBuilder("where c.tenant_id = ? and u.path like ? and c.created_at >= ? "
                + "and c.created_at < ?");
        narrow(where, params, "c.touchpoint_id = ?", touchpointId);
        where.append(" and ").append(scope.pathCondition("u.path", params));
        return query(scope.tenantId(), SELECT + where + " order by c.created_at desc fetch first " + limit + " rows only",
                params);
    }

    /** The customer's other cases, newest first, within the caller's scope. */
    public List<CaseSummary> ofCustomer(Scope scope, String customerId, UUID except, int limit) {
        if (customerId == null) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), customerId, except));
        String condition = scope.pathCondition("u.path", params);
        return query(scope.tenantId(), SELECT + "where c.tenant_id = ? and c.customer_id = ? and c.id <> ? and " + condition
                + " order by c.created_at desc fetch first " + limit + " rows only", params);
    }

    public List<CaseActivity> history(Scope scope, UUID caseId) {
        get(scope, caseId);
        Map<UUID, String> names = userNames(scope.tenantId());
        return jdbc.sql("select kind, actor_id, body, target_user_id, due_at, created_at from case_activity "
                        + "where tenant_id = ? and case_id = ? "
                        // opening and its assignment share a moment; ids made in one millisecond are not ordered
                        + "order by created_at, case when kind = 'OPENED' then 0 else 1 end, id")
                .params(scope.tenantId(), caseId)
                .query((rs, i) -> {
                    UUID target = rs.getObject("target_user_id", UUID.class);
                    String body = rs.getString("body");
                    if (target == null && "ASSIGNED".equals(rs.getString("kind")) && body != null) {
                        // assignments before target_user_id kept the user's id in the body
                        target = UUID.fromString(body);
                        body = null;
                    }
                    return new CaseActivity(rs.getString("kind"), names.get(rs.getObject("actor_id", UUID.class)), body,
                            target == null ? null : names.getOrDefault(target, "?"),
                            rs.getObject("due_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
                })
                .list();
    }

    /** The root causes a handler may pick, active ones only. */
    public List<RootCause> rootCauses(UUID tenantId) {
        return settings.rootCauses(tenantId).stream().filter(RootCause::active).toList();
    }

    public Optional<RootCause> rootCause(UUID tenantId, UUID id) {
        return id == null ? Optional.empty() : settings.rootCause(tenantId, id);
    }

    public boolean rootCauseRequired(UUID tenantId) {
        return settings.settings(tenantId).rootCauseRequired();
    }

    /** The people a case in {@code unitId} may be assigned to: active, allowed to work cases, and able to see the unit. */
    public List<UserAccount> assignable(CurrentUser me, UUID caseId) {
        CaseSummary found = get(me.scope(), caseId);
        String unitPath = unitPath(me.tenantId(), found.orgUnitId());
        return users.all(me.tenantId()).stream()
                .filter(u -> u.active() && u.role() != Role.ANALYST && users.scopeOf(u).covers(unitPath)).toList();
    }

    // ---- opening ----

    /**
     * Opens a case for a response or signal the caller picked, routed like any other. The feedback's
     * unique key keeps it to one case however many people or instances try at once: whoever comes
     * second gets the case that exists.
     */
    public CaseSummary openFor(CurrentUser me, UUID feedbackId, CasePriority priority, String reason) {
        requireWorker(me);
        FeedbackRecord record = feedback.find(me.scope(), feedbackId).orElseThrow(() -> new NotFoundException("Feedback"));
        Optional<CaseSummary> existing = forFeedback(me.scope(), feedbackId);
        if (existing.isPresent()) {
            return existing.get();
        }
        NewCase request = new NewCase(record.id(), record.sourceId(), record.orgUnitId(), record.touchpointId(),
                record.customerId(), titleOf(record.comment()), priority, now(), me.userId(), blankToNull(reason), null);
        try {
            transaction.executeWithoutResult(status -> opener.open(me.tenantId(), List.of(request)));
        } catch (DuplicateKeyException openedMeanwhile) {
            // the dispatcher or another person opened it between our look and our insert
        }
        return forFeedback(me.scope(), feedbackId).orElseThrow();
    }

    /** Opens a case that no feedback raised: a complaint taken by phone, a case from another system. */
    @Transactional
    public CaseSummary create(CurrentUser me, UUID orgUnitId, UUID touchpointId, String title, CasePriority priority,
                              String customerId) {
        requireWorker(me);
        String unitPath = unitPath(me.tenantId(), orgUnitId);
        if (unitPath == null || !me.scope().covers(unitPath)) {
            throw InvalidInputException.of("orgUnitId", "case.error.unitOutOfScope");
        }
        List<UUID> ids = opener.open(me.tenantId(), List.of(new NewCase(null, null, orgUnitId, touchpointId,
                blankToNull(customerId), title.strip(), priority, now(), me.userId(), null, null)));
        return get(me.scope(), ids.get(0));
    }

    // ---- work ----

    @Transactional
    public void addNote(CurrentUser me, UUID caseId, String note) {
        addNote(me, caseId, note, now());
    }

    /**
     * Records a note made at {@code at} (earlier for imported and generated history). Every
     * "@username" of a colleague who can see the case is told about it.
     */
    @Transactional
    public void addNote(CurrentUser me, UUID caseId, String note, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        String text = note.strip();
        responded(me, found, at);
        CaseHistory.append(jdbc, me.tenantId(), caseId, "NOTE", me.userId(), text, at);
        String unitPath = unitPath(me.tenantId(), found.orgUnitId());
        for (UserAccount mentioned : mentioned(me.tenantId(), text)) {
            if (mentioned.id().equals(me.userId()) || !users.scopeOf(mentioned).covers(unitPath)) {
                continue;
            }
            CaseHistory.append(jdbc, new CaseHistory.Entry(me.tenantId(), caseId, "MENTIONED", me.userId(), null,
                    mentioned.id(), null, at));
            notices.mentioned(me.tenantId(), caseId, found.number(), found.title(), mentioned.id(), me.displayName(), text);
        }
    }

    /** The active users of the tenant named as "@username" in the text. */
    private List<UserAccount> mentioned(UUID tenantId, String text) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        return users.all(tenantId).stream().filter(UserAccount::active)
                .filter(u -> mentions(text, u.username())).toList();
    }

    static boolean mentions(String text, String username) {
        String token = "@" + username;
        int at = text.indexOf(token);
        while (at >= 0) {
            int end = at + token.length();
            boolean startsClean = at == 0 || !isNameChar(text.charAt(at - 1));
            boolean endsClean = end == text.length() || !isNameChar(text.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
            at = text.indexOf(token, at + 1);
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '@';
    }

    @Transactional
    public void start(CurrentUser me, UUID caseId) {
        start(me, caseId, now());
    }

    /** Starts work on a new case at {@code at}; nothing happens to a case already under way. */
    @Transactional
    public void start(CurrentUser me, UUID caseId, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        if (found.status() == CaseStatus.NEW || found.status() == CaseStatus.REOPENED) {
            move(me, found, CaseStatus.IN_PROGRESS, null, null, at);
        }
    }

    @Transactional
    public void resolve(CurrentUser me, UUID caseId, String resolution) {
        resolve(me, caseId, resolution, null, now());
    }

    /** Resolves at {@code at} (earlier for generated history); nothing happens to a case already resolved or closed. */
    @Transactional
    public void resolve(CurrentUser me, UUID caseId, String resolution, UUID rootCauseId, OffsetDateTime at) {
        CaseSummary found = editable(me, caseId);
        if (found.status().isOpen()) {
            move(me, found, CaseStatus.RESOLVED, resolution, rootCauseId, at);
        }
    }

    @Transactional
    public void changeStatus(CurrentUser me, UUID caseId, CaseStatus target, String text, UUID rootCauseId) {
        changeStatus(me, caseId, target, text, rootCauseId, now());
    }

    /**
     * Moves a case to {@code target} if its status allows it. Resolving needs a resolution text
     * (and a root cause when the tenant asks for one), reopening a reason; a reopened case gets
     * fresh SLA clocks.
     */
    @Transactional
    public void changeStatus(CurrentUser me, UUID caseId, CaseStatus target, String text, UUID rootCauseId,
                             OffsetDateTime at) {
        move(me, editable(me, caseId), target, text, rootCauseId, at);
    }

    private void move(CurrentUser me, CaseSummary found, CaseStatus target, String text, UUID rootCauseId,
                      OffsetDateTime at) {
        if (!found.status().canMoveTo(target)) {
            throw CaseConflictException.transition(found.status(), target);
        }
        String body = blankToNull(text);
        UUID cause = rootCauseId == null ? found.rootCauseId() : rootCauseId;
        if (rootCauseId != null) {
            settings.rootCause(me.tenantId(), rootCauseId).filter(RootCause::active)
                    .orElseThrow(() -> InvalidInputException.of("rootCauseId", "case.error.rootCauseUnknown"));
        }
        switch (target) {
            case RESOLVED -> {
                if (body == null) {
                    throw InvalidInputException.of("text", "case.error.resolutionRequired");
                }
                if (cause == null && rootCauseRequired(me.tenantId())) {
                    throw InvalidInputException.of("rootCauseId", "case.error.rootCauseRequired");
                }
                jdbc.sql("""
                        update feedback_case set status = ?, resolution = ?, root_cause_id = ?, resolved_at = ?,
                               first_responded_at = coalesce(first_responded_at, ?), sla_check_at = null, updated_at = ?
                        where tenant_id = ? and id = ?""")
                        .params(target.name(), body, cause, at, at, at, me.tenantId(), found.id()).update();
            }
            case CLOSED -> {
                if (cause == null && rootCauseRequired(me.tenantId())) {
                    throw InvalidInputException.of("rootCauseId", "case.error.rootCauseRequired");
                }
                jdbc.sql("update feedback_case set status = ?, root_cause_id = ?, closed_at = ?, updated_at = ? "
                                + "where tenant_id = ? and id = ?")
                        .params(target.name(), cause, at, at, me.tenantId(), found.id()).update();
            }
            case REOPENED -> {
                if (body == null) {
                    throw InvalidInputException.of("text", "case.error.reasonRequired");
                }
                SlaClocks.Due due = clocks.forTenant(me.tenantId()).start(found.priority(), at.toInstant());
                jdbc.sql("""
                        update feedback_case set status = ?, resolved_at = null, closed_at = null, first_responded_at = null,
                               first_response_due_at = ?, due_at = ?, remind_at = ?, reminded_at = null, sla_check_at = ?,
                               updated_at = ?
                        where tenant_id = ? and id = ?""")
                        .params(target.name(), utc(due.firstResponse()), utc(due.resolution()), utc(due.remind()),
                                utc(due.nextCheck(false)), at, me.tenantId(), found.id()).update();
            }
            default -> jdbc.sql("update feedback_case set status = ?, first_responded_at = coalesce(first_responded_at, ?), "
                            + "updated_at = ? where tenant_id = ? and id = ?")
                    .params(target.name(), at, at, me.tenantId(), found.id()).update();
        }
        CaseHistory.append(jdbc, me.tenantId(), found.id(), target.name(), me.userId(), body, at);
    }

    @Transactional
    public void assign(CurrentUser me, UUID caseId, UUID assigneeId) {
        CaseSummary found = editable(me, caseId);
        if (assignable(me, caseId).stream().noneMatch(u -> u.id().equals(assigneeId))) {
            throw InvalidInputException.of("assigneeId", "case.error.assigneeCannotSee");
        }
        OffsetDateTime at = now();
        jdbc.sql("update feedback_case set assignee_id = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(assigneeId, at, me.tenantId(), caseId).update();
        CaseHistory.append(jdbc, new CaseHistory.Entry(me.tenantId(), caseId, "ASSIGNED", me.userId(), null, assigneeId,
                null, at));
        if (!assigneeId.equals(me.userId())) {
            notices.assigned(me.tenantId(), caseId, found.number(), found.title(), assigneeId);
        }
    }

    @Transactional
    public void changePriority(CurrentUser me, UUID caseId, CasePriority priority) {
        CaseSummary found = editable(me, caseId);
        if (found.priority() == priority || !found.status().isOpen()) {
            return;
        }
        SlaClocks.Due due = clocks.forTenant(me.tenantId()).start(priority, found.createdAt().toInstant());
        OffsetDateTime at = now();
        jdbc.sql("""
                update feedback_case set priority = ?, first_response_due_at = ?, due_at = ?, remind_at = ?, sla_check_at = ?,
                       updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(priority.name(), utc(due.firstResponse()), utc(due.resolution()), utc(due.remind()),
                        utc(due.nextCheck(found.firstRespondedAt() != null)), at, me.tenantId(), caseId).update();
        CaseHistory.append(jdbc, new CaseHistory.Entry(me.tenantId(), caseId, "PRIORITY", me.userId(), priority.name(),
                null, utc(due.resolution()), at));
    }

    /**
     * "I need a supervisor": moves the case to the next one up the escalation chain, with the
     * reason, so that a handler is never stuck with a case they cannot solve.
     */
    @Transactional
    public UUID escalate(CurrentUser me, UUID caseId, String reason) {
        CaseSummary found = editable(me, caseId);
        if (!found.status().isOpen()) {
            throw new CaseConflictException("case.error.escalateClosed");
        }
        Instant now = clock.instant();
        responded(me, found, utc(now));
        CaseRouter.Routing routing = router.begin(me.tenantId(), Set.of(found.orgUnitId()));
        return escalator.escalate(new CaseEscalator.Escalating(me.tenantId(), found.id(), found.number(), found.title(),
                        found.orgUnitId(), found.assigneeId(), found.priority(), true), routing,
                clocks.forTenant(me.tenantId()), me.userId(), reason.strip(), now)
                .orElseThrow(() -> new CaseConflictException("case.error.topOfChain"));
    }

    /** The first thing a person does on a case stops its first-response clock. */
    private void responded(CurrentUser me, CaseSummary found, OffsetDateTime at) {
        if (found.firstRespondedAt() == null) {
            jdbc.sql("update feedback_case set first_responded_at = ?, updated_at = ? where tenant_id = ? and id = ?")
                    .params(at, at, me.tenantId(), found.id()).update();
        }
    }

    private CaseSummary editable(CurrentUser me, UUID caseId) {
        CaseSummary found = get(me.scope(), caseId);
        requireWorker(me);
        return found;
    }

    private static void requireWorker(CurrentUser me) {
        if (me.role() == Role.ANALYST) {
            throw new AccessDeniedException("Analysts read cases but do not work them");
        }
    }

    private String unitPath(UUID tenantId, UUID unitId) {
        return jdbc.sql("select path from org_unit where tenant_id = ? and id = ?").params(tenantId, unitId)
                .query(String.class).optional().orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A case's title from the customer's comment: one line, cut to fit. */
    static String titleOf(String comment) {
        String line = comment == null ? "" : comment.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
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
                    rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
                    rs.getObject("touchpoint_id", UUID.class), rs.getObject("department_id", UUID.class),
                    rs.getString("department_name"), assignee, assignee == null ? null : names.get(assignee),
                    rs.getObject("feedback_id", UUID.class), rs.getObject("source_id", UUID.class),
                    rs.getString("customer_id"), (Integer) rs.getObject("nps", Integer.class),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("first_response_due_at", OffsetDateTime.class),
                    rs.getObject("first_responded_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                    rs.getInt("escalation_level"), rs.getObject("root_cause_id", UUID.class),
                    rs.getObject("resolved_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                    rs.getString("resolution"), rs.getObject("rule_id", UUID.class), rs.getString("rule_name"));
        }).list();
    }
}
