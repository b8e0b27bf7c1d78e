package org.opencem.journey;

/**
 * A change that the current state forbids: deleting a stage that still has touchpoints, or a
 * touchpoint that surveys or feedback still refer to. {@code code} is a message code.
 */
public class JourneyConflictException extends RuntimeException {

    private final String code;

    public JourneyConflictException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
