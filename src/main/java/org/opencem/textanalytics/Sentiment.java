package org.opencem.textanalytics;

/** A text's or a sentence's sentiment label. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
