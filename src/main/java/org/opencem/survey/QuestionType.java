package org.opencem.survey;

/** The kinds of question the first templates use; each knows its valid answers. */
public enum QuestionType {
    /** 0–10, "how likely are you to recommend". */
    NPS(0, 10),
    /** 1–5 satisfaction. */
    CSAT(1, 5),
    /** Free text. */
    TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean isScale() {
        return this != TEXT;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
