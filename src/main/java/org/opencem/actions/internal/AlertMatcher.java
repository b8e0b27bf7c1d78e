package org.opencem.actions.internal;

import java.util.List;
import java.util.UUID;

import org.opencem.feedback.FeedbackRecord;

/** Decides which records of a batch call for a case; at most one match per record. */
public interface AlertMatcher {

    List<AlertMatch> matches(UUID tenantId, List<FeedbackRecord> records);
}
