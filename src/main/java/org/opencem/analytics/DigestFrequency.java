package org.opencem.analytics;

/** How often a digest goes out: every day about yesterday, or once a week about the seven days before. */
public enum DigestFrequency {
    DAILY,
    WEEKLY;

    public String messageKey() {
        return "analytics.digest.frequency." + name();
    }
}
