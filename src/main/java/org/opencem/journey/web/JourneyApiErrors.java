package org.opencem.journey.web;

import java.util.Locale;

import org.opencem.journey.JourneyConflictException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The journey API's own refusal, a change that conflicts with what exists, as problem details. */
@RestControllerAdvice(assignableTypes = JourneyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JourneyApiErrors {

    private final MessageSource messages;

    JourneyApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(JourneyConflictException.class)
    ProblemDetail conflict(JourneyConflictException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(e.code(), null, locale));
        problem.setTitle(messages.getMessage("journey.problem.conflict", null, locale));
        problem.setProperty("code", e.code());
        return problem;
    }
}
