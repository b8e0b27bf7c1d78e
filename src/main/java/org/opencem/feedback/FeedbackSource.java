package org.opencem.feedback;

/** Where a feedback record came from: a survey response or a signal nobody asked for. */
public enum FeedbackSource {
    SURVEY, REVIEW, SOCIAL, CALL, TICKET, FORUM
}
