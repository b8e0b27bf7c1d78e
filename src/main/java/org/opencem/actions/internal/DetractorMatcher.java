package org.opencem.actions.internal;

import java.util.List;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.feedback.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Every detractor calls for a case: the behaviour before tenants write their own alert rules. */
@Component
class DetractorMatcher implements AlertMatcher {

    private static final int TITLE_LENGTH = 120;

    @Override
    public List<AlertMatch> matches(UUID tenantId, List<FeedbackRecord> records) {
        return records.stream().filter(FeedbackRecord::isDetractor)
                .map(r -> new AlertMatch(r, null, CasePriority.forNps(r.nps()), title(r))).toList();
    }

    private static String title(FeedbackRecord record) {
        String comment = record.comment() == null ? "" : record.comment().strip().replaceAll("\\s+", " ");
        return comment.length() > TITLE_LENGTH ? comment.substring(0, TITLE_LENGTH - 1) + "…" : comment;
    }
}
