package org.opencem.textanalytics;

/** Content that needs attention whatever the score: threats, safety, effort. */
public enum TextFlag {
    /** Threatens to complain to a regulator, 12315, the press. */
    REGULATOR,
    FOOD_SAFETY,
    INJURY,
    LEGAL,
    /** The customer had to work hard: called twice, waited long, was passed around. */
    EFFORT
}
