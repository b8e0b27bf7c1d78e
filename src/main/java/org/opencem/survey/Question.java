package org.opencem.survey;

/** One question; {@code key} names its answer and, for scales, the metric it feeds. */
public record Question(String key, QuestionType type, boolean required, LocalizedText text,
                       LocalizedText lowLabel, LocalizedText highLabel) {

    public static final int MAX_TEXT_LENGTH = 2000;
}
