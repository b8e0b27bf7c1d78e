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
    SOURCE;

    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }
}
