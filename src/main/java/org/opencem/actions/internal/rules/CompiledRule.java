package org.opencem.actions.internal.rules;

import java.util.function.Predicate;

import org.opencem.actions.AlertRule;
import org.opencem.feedback.FeedbackRecord;

/** A stored rule with its predicate (feedback rules) and what makes it broken. */
public record CompiledRule(AlertRule rule, Predicate<FeedbackRecord> predicate) {

    public boolean matches(FeedbackRecord record) {
        return predicate != null && predicate.test(record);
    }
}
