package org.opencem.collect;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opencem.survey.Question;
import org.opencem.survey.SurveyDefinition;

/** Checks a submitted form against the published questions; collects every problem at once. */
final class AnswerValidator {

    private AnswerValidator() {
    }

    /** The answers as stored (scales as integers, texts trimmed), filling {@code errors} with message keys. */
    static Map<String, Object> validate(SurveyDefinition definition, Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : definition.questions()) {
            String raw = form.get(question.key());
            String value = raw == null ? "" : raw.trim();
            if (value.isEmpty()) {
                if (question.required()) {
                    errors.put(question.key(), question.type().isScale() ? "collect.error.choose" : "collect.error.required");
                }
                continue;
            }
            if (question.type().isScale()) {
                Integer score = parseScore(value, question);
                if (score == null) {
                    errors.put(question.key(), "collect.error.range");
                } else {
                    answers.put(question.key(), score);
                }
            } else if (value.length() > Question.MAX_TEXT_LENGTH) {
                errors.put(question.key(), "collect.error.tooLong");
            } else {
                answers.put(question.key(), value);
            }
        }
        return answers;
    }

    private static Integer parseScore(String value, Question question) {
        try {
            int score = Integer.parseInt(value);
            return score >= question.type().min() && score <= question.type().max() ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
