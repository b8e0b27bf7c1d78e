package org.opencem.actions.web;

import org.opencem.actions.Cases;

/** Notes and resolutions: required, and of a sensible length. */
final class CaseText {

    private CaseText() {
    }

    /** The message key of what is wrong, or null. */
    static String check(String text) {
        if (text == null || text.isBlank()) {
            return "common.required";
        }
        return text.length() > Cases.MAX_TEXT ? "case.error.tooLong" : null;
    }
}
