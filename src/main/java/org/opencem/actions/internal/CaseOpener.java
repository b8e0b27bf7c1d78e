package org.opencem.actions.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.CaseStatus;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.platform.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens cases, routed ({@link CaseRouter}) and with their SLA clocks set ({@link SlaClocks}): for
 * every record an alert matched, and for the cases people open by hand. Exactly once per feedback
 * record: the case is keyed by it, and the dispatcher's batch runs in one transaction. A batch
 * costs a handful of statements, whatever its size: the hot path's pace is set here.
 */
@Component
public class CaseOpener {

    private static final String INSERT_CASE = """
            insert into feedback_case (tenant_id, id, case_number, feedback_id, source_id, org_unit_id, touchpoint_id,
                                       customer_id, title, status, priority, department_id, assignee_id, opened_by, rule_id,
                                       first_response_due_at, due_at, remind_at, sla_check_at, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CaseNumbers numbers;
    private final AlertMatcher matcher;
    private final CaseRouter router;
    private final SlaClocks clocks;
    private final CaseNotices notices;

    CaseOpener(JdbcClient jdbc, JdbcTemplate template, CaseNumbers numbers, AlertMatcher matcher, CaseRouter router,
               SlaClocks clocks, CaseNotices notices) {
        this.jdbc = jdbc;
        this.template = template;
        this.numbers = numbers;
        this.matcher = matcher;
        this.router = router;
        this.clocks = clocks;
        this.notices = notices;
    }

    @EventListener
    void on(FeedbackRecorded event) {
        event.records().stream().collect(Collectors.groupingBy(FeedbackRecord::tenantId))
                .forEach((tenantId, records) -> open(tenantId, matcher.matches(tenantId, records).stream()
                        .map(CaseOpener::fromMatch).toList()));
    }

    /** Opens the cases whose feedback has none yet, in the caller's transaction; returns the new cases' ids. */
    public List<UUID> open(UUID tenantId, List<NewCase> requested) {
        Set<UUID> handled = withCase(tenantId, requested.stream().map(NewCase::feedbackId).filter(Objects::nonNull).toList());
        List<NewCase> fresh = requested.stream().filter(c -> c.feedbackId() == null || !handled.contains(c.feedbackId()))
                .toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        long number = numbers.reserve(tenantId, fresh.size());
        CaseRouter.Routing routing = router.begin(tenantId, fresh.stream().map(NewCase::orgUnitId).collect(Collectors.toSet()));
        SlaClocks.TenantClocks slas = clocks.forTenant(tenantId);
        List<Object[]> cases = new ArrayList<>(fresh.size());
        List<CaseHistory.Entry> history = new ArrayList<>(fresh.size() * 2);
        List<UUID> ids = new ArrayList<>(fresh.size());
        Map<UUID, List<CaseNotices.Opened>> byPerson = new LinkedHashMap<>();
        Map<List<String>, List<CaseNotices.Opened>> byChannels = new LinkedHashMap<>();
        for (NewCase c : fresh) {
            UUID caseId = Ids.newId();
            ids.add(caseId);
            CaseRouter.Route route = routing.route(c.orgUnitId(), c.touchpointId());
            OffsetDateTime at = c.openedAt();
            SlaClocks.Due due = slas.start(c.priority(), at.toInstant());
            cases.add(new Object[] {tenantId, caseId, number++, c.feedbackId(), c.sourceId(), c.orgUnitId(),
                    c.touchpointId(), c.customerId(), c.title(), CaseStatus.NEW.name(), c.priority().name(),
                    route.departmentId(), route.assigneeId(), c.openedBy(), c.rule() == null ? null : c.rule().id(),
                    utc(due.firstResponse()), utc(due.resolution()),
                    utc(due.remind()), utc(due.nextCheck(false)), at, at});
            history.add(new CaseHistory.Entry(tenantId, caseId, "OPENED", c.openedBy(), c.reason(), null,
                    utc(due.resolution()), at));
            CaseNotices.Opened opened = new CaseNotices.Opened(caseId, number - 1, c.title());
            for (UUID person : CaseNotices.toldOfOpening(c.rule(), routing, c.orgUnitId(), route.assigneeId())) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(opened);
            }
            if (c.rule() != null && !c.rule().recipients().channels().isEmpty()) {
                byChannels.computeIfAbsent(c.rule().recipients().channels(), k -> new ArrayList<>()).add(opened);
            }
            if (route.assigneeId() != null) {
                history.add(new CaseHistory.Entry(tenantId, caseId, "ASSIGNED", null, null, route.assigneeId(), null, at));
            }
        }
        template.batchUpdate(INSERT_CASE, cases);
        CaseHistory.appendAll(template, history);
        routing.finish();
        notices.opened(tenantId, byPerson, byChannels);
        return ids;
    }

    private static NewCase fromMatch(AlertMatch match) {
        FeedbackRecord r = match.record();
        String score = r.nps() == null ? null : "NPS " + r.nps();
        String instruction = match.rule().instruction();
        String reason = instruction == null ? score : score == null ? instruction : score + "\n" + instruction;
        return new NewCase(r.id(), r.sourceId(), r.orgUnitId(), r.touchpointId(), r.customerId(), match.title(),
                match.rule().priority(), r.occurredAt(), null, reason, match.rule());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The records of the batch that already have their case: a batch repeated after a crash, or opened by hand. */
    private Set<UUID> withCase(UUID tenantId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>(ids.size() + 1);
        params.add(tenantId);
        params.addAll(ids);
        return new HashSet<>(jdbc.sql("select feedback_id from feedback_case where tenant_id = ? and feedback_id in ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .params(params).query(UUID.class).list());
    }
}
