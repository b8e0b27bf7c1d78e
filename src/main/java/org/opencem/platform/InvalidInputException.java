package org.opencem.platform;

import java.util.List;

/** Refuses input with what is wrong with each field; the API answers it as problem details. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(Violation.of(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
