package org.opencem.actions.web;

import java.util.Locale;

import org.opencem.actions.CaseConflictException;
import org.springframework.context.MessageSource;

/** A refused case change in the reader's language; arguments that are message keys are translated too. */
final class CaseMessages {

    private CaseMessages() {
    }

    static String conflict(CaseConflictException e, MessageSource messages, Locale locale) {
        Object[] args = e.args().stream()
                .map(a -> a instanceof String key && key.startsWith("case.") ? messages.getMessage(key, null, key, locale) : a)
                .toArray();
        return messages.getMessage(e.code(), args, locale);
    }
}
