package org.opencem.actions.internal;

import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.feedback.FeedbackRecord;

/** A reason to open a case for one feedback record: which rule fired, how urgent, how to title it. */
public record AlertMatch(FeedbackRecord record, UUID ruleId, CasePriority priority, String title) {
}
