package org.opencem.actions.internal;

import org.opencem.actions.AlertRule;
import org.opencem.feedback.FeedbackRecord;

/** A reason to open a case for one feedback record: the rule that fired (how urgent, whom to tell) and the case's title. */
public record AlertMatch(FeedbackRecord record, AlertRule rule, String title) {
}
