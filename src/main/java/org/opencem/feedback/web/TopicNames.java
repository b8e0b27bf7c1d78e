package org.opencem.feedback.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** A topic code's name in the reader's language ("service.speed" → 出餐速度), the code when it has none. */
final class TopicNames {

    private TopicNames() {
    }

    static String name(MessageSource messages, String code, Locale locale) {
        return messages.getMessage("topic." + code, null, code, locale);
    }
}
