package org.opencem.actions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches every open case's SLA clocks, once a minute on one instance: reminds the owner once
 * before the resolution is due, and at a breach (first response or resolution) escalates one step
 * up the chain with a new due time. Its state is the case rows, so a restart loses nothing; tests
 * call {@link #check(Instant)} with a moved clock.
 */
@Component
public class SlaJob {

    private static final Logger log = LoggerFactory.getLogger(SlaJob.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CaseRouter router;
    private final SlaClocks clocks;
    private final CaseEscalator escalator;
    private final CaseNotices notices;
    private final Clock clock;

    SlaJob(JdbcClient jdbc, TransactionTemplate transaction, CaseRouter router, SlaClocks clocks, CaseEscalator escalator,
           CaseNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.router = router;
        this.clocks = clocks;
        this.escalator = escalator;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "case-sla", lockAtMostFor = "PT5M")
    void everyMinute() {
        try {
            check(clock.instant());
        } catch (RuntimeException e) {
            log.error("SLA check failed; the cases stay due and are looked at again next minute", e);
        }
    }

    /** Handles every case whose next SLA moment is at or before {@code now}; returns how many it handled. */
    public int check(Instant now) {
        int handled = 0;
        java.util.Set<UUID> seen = new HashSet<>();
        while (true) {
            Integer done = transaction.execute(status -> checkBatch(now, seen));
            if (done == null || done == 0) {
                return handled;
            }
            handled += done;
        }
    }

    private int checkBatch(Instant now, java.util.Set<UUID> seen) {
        List<Object> params = new ArrayList<>(List.of(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)));
        CaseStatus.open().forEach(s -> params.add(s.name()));
        List<Due> due = jdbc.sql("select tenant_id, id, case_number, title, org_unit_id, assignee_id, priority, "
                        + "first_responded_at, first_response_due_at, due_at, remind_at, reminded_at from feedback_case "
                        + "where sla_check_at <= ? and status in (" + CaseRouter.marks(CaseStatus.open().size()) + ") "
                        + "order by sla_check_at fetch first " + BATCH + " rows only")
                .params(params)
                .query((rs, i) -> new Due(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getLong("case_number"), rs.getString("title"), rs.getObject("org_unit_id", UUID.class),
                        rs.getObject("assignee_id", UUID.class), CasePriority.valueOf(rs.getString("priority")),
                        instant(rs.getObject("first_responded_at", OffsetDateTime.class)),
                        instant(rs.getObject("first_response_due_at", OffsetDateTime.class)),
                        instant(rs.getObject("due_at", OffsetDateTime.class)),
                        instant(rs.getObject("remind_at", OffsetDateTime.class)),
                        instant(rs.getObject("reminded_at", OffsetDateTime.class))))
                .list().stream().filter(d -> seen.add(d.id())).toList();
        Map<UUID, List<Due>> byTenant = new LinkedHashMap<>();
        due.forEach(d -> byTenant.computeIfAbsent(d.tenantId(), k -> new ArrayList<>()).add(d));
        byTenant.forEach((tenantId, cases) -> {
            CaseRouter.Routing routing = router.begin(tenantId, cases.stream().map(Due::orgUnitId).toList());
            SlaClocks.TenantClocks tenantClocks = clocks.forTenant(tenantId);
            cases.forEach(c -> handle(c, routing, tenantClocks, now));
        });
        return due.size();
    }

    private void handle(Due c, CaseRouter.Routing routing, SlaClocks.TenantClocks tenantClocks, Instant now) {
        boolean responded = c.respondedAt() != null;
        boolean firstResponseBreached = !responded && c.firstResponseDue() != null && !now.isBefore(c.firstResponseDue());
        boolean resolutionBreached = c.resolutionDue() != null && !now.isBefore(c.resolutionDue());
        if (firstResponseBreached || resolutionBreached) {
            String reason = firstResponseBreached ? "FIRST_RESPONSE_BREACHED" : "RESOLUTION_BREACHED";
            CaseEscalator.Escalating escalating = new CaseEscalator.Escalating(c.tenantId(), c.id(), c.number(), c.title(),
                    c.orgUnitId(), c.assigneeId(), c.priority(), responded);
            if (escalator.escalate(escalating, routing, tenantClocks, null, reason, now).isEmpty()) {
                // nobody above: say so once and stop watching; the case stays overdue in every inbox
                CaseHistory.append(jdbc, c.tenantId(), c.id(), "BREACHED", null, reason, OffsetDateTime.ofInstant(now,
                        java.time.ZoneOffset.UTC));
                setNextCheck(c, null);
            }
            return;
        }
        if (c.remindedAt() == null && c.remindAt() != null && !now.isBefore(c.remindAt())) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
            jdbc.sql("update feedback_case set reminded_at = ? where tenant_id = ? and id = ?")
                    .params(at, c.tenantId(), c.id()).update();
            CaseHistory.append(jdbc, new CaseHistory.Entry(c.tenantId(), c.id(), "REMINDED", null, null, c.assigneeId(),
                    OffsetDateTime.ofInstant(c.resolutionDue(), java.time.ZoneOffset.UTC), at));
            if (c.assigneeId() != null) {
                notices.reminded(c.tenantId(), c.id(), c.number(), c.title(), c.assigneeId(), c.resolutionDue());
            }
            setNextCheck(c, responded ? c.resolutionDue() : earlier(c.firstResponseDue(), c.resolutionDue()));
            return;
        }
        Instant next = c.resolutionDue();
        if (c.remindedAt() == null && c.remindAt() != null) {
            next = earlier(next, c.remindAt());
        }
        setNextCheck(c, responded ? next : earlier(next, c.firstResponseDue()));
    }

    private void setNextCheck(Due c, Instant next) {
        jdbc.sql("update feedback_case set sla_check_at = ? where tenant_id = ? and id = ?")
                .params(next == null ? null : OffsetDateTime.ofInstant(next, java.time.ZoneOffset.UTC), c.tenantId(), c.id())
                .update();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private record Due(UUID tenantId, UUID id, long number, String title, UUID orgUnitId, UUID assigneeId,
                       CasePriority priority, Instant respondedAt, Instant firstResponseDue, Instant resolutionDue,
                       Instant remindAt, Instant remindedAt) {
    }
}
