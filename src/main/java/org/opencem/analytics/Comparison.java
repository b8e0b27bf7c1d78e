package org.opencem.analytics;

/** Which period a report compares with, to say whether a change is significant. */
public enum Comparison {
    NONE,
    /** The same number of days just before. */
    PREVIOUS_PERIOD,
    /** The same dates a year earlier. */
    PREVIOUS_YEAR;

    public DateRange of(DateRange period) {
        return switch (this) {
            case NONE -> null;
            case PREVIOUS_PERIOD -> period.previous();
            case PREVIOUS_YEAR -> period.yearBefore();
        };
    }
}
