package org.opencem.analytics;

/** How a report splits its period and unit into rows. */
public enum GroupBy {
    /** One row: the total. */
    NONE,
    /** The unit's children (or the caller's scope roots when no unit is given), each with its subtree. */
    CHILD_UNIT,
    TOUCHPOINT,
    DAY,
    /** Monday to Sunday. */
    WEEK,
    MONTH,
    CHANNEL,
    SOURCE,
    /** Every touchpoint's weeks, Monday to Sunday: the trends of all touchpoints in one report. */
    TOUCHPOINT_WEEK;

    /** Whether rows are days, weeks or months (of a touchpoint, for {@link #TOUCHPOINT_WEEK}). */
    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH || this == TOUCHPOINT_WEEK;
    }

    public boolean isByTouchpoint() {
        return this == TOUCHPOINT || this == TOUCHPOINT_WEEK;
    }
}
