package org.opencem.journey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencem.journey.JourneyConflictException;
import org.opencem.journey.JourneyValidationException;
import org.opencem.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The journey API's errors as RFC 9457 problem details, in the caller's language, with field errors. */
@RestControllerAdvice(assignableTypes = JourneyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JourneyApiErrors {

    private final MessageSource messages;

    JourneyApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(JourneyValidationException.class)
    ProblemDetail invalid(JourneyValidationException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "journey.problem.invalid",
                message("journey.problem.invalid.detail", locale), locale);
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(),
                        "message", messages.getMessage(p.code(), p.args(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "journey.problem.notFound",
                message("journey.problem.notFound.detail", locale), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "journey.problem.forbidden",
                message("journey.problem.forbidden.detail", locale), locale);
    }

    @ExceptionHandler(JourneyConflictException.class)
    ProblemDetail conflict(JourneyConflictException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "journey.problem.conflict", message(e.code(), locale), locale);
        problem.setProperty("code", e.code());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleCode, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(message(titleCode, locale));
        return problem;
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
