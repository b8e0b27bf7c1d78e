package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseStatus;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a case for every detractor, routed to the manager of the response's org unit or,
 * when it has none, of the nearest unit above. Exactly once per feedback record: the case
 * is keyed by it, and this runs in the dispatcher's transaction.
 */
@Component
class CaseOpener {

    private static final int TITLE_LENGTH = 120;

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final CaseNumbers numbers;

    CaseOpener(JdbcClient jdbc, UserAccounts users, CaseNumbers numbers) {
        this.jdbc = jdbc;
        this.users = users;
        this.numbers = numbers;
    }

    @EventListener
    void on(FeedbackRecorded event) {
        List<FeedbackRecord> detractors = event.records().stream()
                .filter(FeedbackRecord::isDetractor).filter(this::hasNoCase).toList();
        for (FeedbackRecord record : detractors) {
            open(record, numbers.next(record.tenantId()));
        }
    }

    private boolean hasNoCase(FeedbackRecord record) {
        return jdbc.sql("select count(*) from feedback_case where tenant_id = ? and feedback_id = ?")
                .params(record.tenantId(), record.id()).query(Integer.class).single() == 0;
    }

    private void open(FeedbackRecord record, long number) {
        UUID caseId = Ids.newId();
        UUID assignee = users.managerOf(record.tenantId(), record.orgUnitId()).map(UserAccount::id).orElse(null);
        OffsetDateTime now = record.occurredAt();
        jdbc.sql("""
                insert into feedback_case (tenant_id, id, case_number, feedback_id, source_id, org_unit_id, touchpoint_id,
                                           title, status, priority, assignee_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.tenantId(), caseId, number, record.id(), record.sourceId(), record.orgUnitId(),
                        record.touchpointId(), title(record), CaseStatus.NEW.name(),
                        CasePriority.forNps(record.nps()).name(), assignee, now, now)
                .update();
        CaseHistory.append(jdbc, record.tenantId(), caseId, "OPENED", null, "NPS " + record.nps(), now);
        if (assignee != null) {
            CaseHistory.append(jdbc, record.tenantId(), caseId, "ASSIGNED", null, assignee.toString(), now);
        }
    }

    private static String title(FeedbackRecord record) {
        String comment = record.comment() == null ? "" : record.comment().strip().replaceAll("\\s+", " ");
        return comment.length() > TITLE_LENGTH ? comment.substring(0, TITLE_LENGTH - 1) + "…" : comment;
    }
}
