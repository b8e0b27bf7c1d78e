package org.opencem.feedback;

public enum FeedbackSource {
    SURVEY
}
