package org.opencem.journey;

import java.util.List;

/**
 * Input the journey model refuses, field by field. Each problem carries a message code of the
 * {@code i18n/journey} bundle and its arguments, so the console and the API can say it in the
 * caller's language.
 */
public class JourneyValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public JourneyValidationException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String code, Object... args) {

        @Override
        public String toString() {
            return field + ": " + code;
        }
    }
}
