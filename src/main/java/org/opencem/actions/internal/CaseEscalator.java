package org.opencem.actions.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves a case one step up its escalation chain, for the SLA job at a breach and for a handler
 * who asks for a supervisor: the new owner, a new due time, a history line, a notice.
 */
@Component
public class CaseEscalator {

    private final JdbcClient jdbc;
    private final CaseNotices notices;

    CaseEscalator(JdbcClient jdbc, CaseNotices notices) {
        this.jdbc = jdbc;
        this.notices = notices;
    }

    /** The case as escalation needs it. */
    public record Escalating(UUID tenantId, UUID caseId, long number, String title, UUID orgUnitId, UUID assigneeId,
                             CasePriority priority, boolean responded) {
    }

    /**
     * Escalates to the next one up; empty, with nothing changed, when the owner is already at the
     * top of the chain. {@code actorId} is null when the SLA job escalates.
     */
    public Optional<UUID> escalate(Escalating c, CaseRouter.Routing routing, SlaClocks.TenantClocks clocks, UUID actorId,
                                   String reason, Instant now) {
        Optional<UUID> next = routing.nextUp(c.orgUnitId(), c.assigneeId());
        if (next.isEmpty()) {
            return next;
        }
        SlaClocks.Due due = clocks.afterEscalation(c.priority(), now);
        OffsetDateTime at = CaseOpener.utc(now);
        jdbc.sql("""
                update feedback_case set assignee_id = ?, escalation_level = escalation_level + 1,
                       first_response_due_at = ?, due_at = ?, remind_at = ?, reminded_at = null, sla_check_at = ?,
                       updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(next.get(), CaseOpener.utc(due.firstResponse()), CaseOpener.utc(due.resolution()),
                        CaseOpener.utc(due.remind()), CaseOpener.utc(due.nextCheck(c.responded())), at, c.tenantId(),
                        c.caseId())
                .update();
        CaseHistory.append(jdbc, new CaseHistory.Entry(c.tenantId(), c.caseId(), "ESCALATED", actorId, reason, next.get(),
                CaseOpener.utc(due.resolution()), at));
        notices.escalated(c.tenantId(), c.caseId(), c.number(), c.title(), next.get(), reason);
        return next;
    }
}
