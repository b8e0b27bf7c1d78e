package org.opencem.actions.internal.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.actions.internal.CaseHistory;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.feedback.PersonalRef;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attaches a follow-up answer (given through a personal link that carried the case) to its case's
 * history with the score and comment, once per answer, in the dispatcher's transaction.
 */
@Component
class FollowUpAnswers {

    private final JdbcClient jdbc;

    FollowUpAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(FeedbackRecorded event) {
        for (FeedbackRecord record : event.records()) {
            String caseRef = record.attributes().get(PersonalRef.CASE_ATTRIBUTE);
            if (caseRef != null) {
                attach(record, UUID.fromString(caseRef));
            }
        }
    }

    private void attach(FeedbackRecord record, UUID caseId) {
        boolean caseExists = jdbc.sql("select count(*) from feedback_case where tenant_id = ? and id = ?")
                .params(record.tenantId(), caseId).query(Integer.class).single() > 0;
        boolean attached = jdbc.sql("select count(*) from case_customer_answer where tenant_id = ? and feedback_id = ?")
                .params(record.tenantId(), record.id()).query(Integer.class).single() > 0;
        if (!caseExists || attached) {
            return;
        }
        jdbc.sql("insert into case_customer_answer (tenant_id, feedback_id, case_id) values (?, ?, ?)")
                .params(record.tenantId(), record.id(), caseId).update();
        CaseHistory.append(jdbc, record.tenantId(), caseId, "CUSTOMER_ANSWERED", null, summary(record), record.occurredAt());
    }

    /** "NPS 9 · CSAT 5 · Much better this time." */
    private static String summary(FeedbackRecord record) {
        List<String> parts = new ArrayList<>();
        if (record.nps() != null) {
            parts.add("NPS " + record.nps());
        }
        if (record.csat() != null) {
            parts.add("CSAT " + record.csat());
        }
        if (record.comment() != null) {
            parts.add(record.comment());
        }
        return String.join(" · ", parts);
    }
}
