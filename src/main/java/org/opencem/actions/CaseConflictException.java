package org.opencem.actions;

import java.util.List;

/**
 * A change the case cannot take as it stands: a status that may not follow the current one, an
 * escalation from the top of the chain. {@code code} is a message key, {@code args} its arguments.
 */
public class CaseConflictException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public CaseConflictException(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public static CaseConflictException transition(CaseStatus from, CaseStatus to) {
        return new CaseConflictException("case.error.transition", "case.status." + from.name(), "case.status." + to.name());
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
