package org.opencem.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencem.platform.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details for API clients, with messages in the caller's language. */
public final class Problems {

    private Problems() {
    }

    /** 400 with an {@code errors} member listing each field, its message key and its message. */
    public static ProblemDetail invalid(List<Violation> violations, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid.detail", null, "Some fields are not valid.", locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, "Invalid request", locale));
        problem.setProperty("errors", violations.stream().map(v -> Map.of(
                "field", v.field(),
                "code", v.messageKey(),
                "message", messages.getMessage(v.messageKey(), v.argsArray(), v.messageKey(), locale))).toList());
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String titleKey, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
        return problem;
    }
}
