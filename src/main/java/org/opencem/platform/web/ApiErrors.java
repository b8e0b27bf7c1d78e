package org.opencem.platform.web;

import java.util.Locale;

import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every API refusal as RFC 9457 problem details in the caller's language, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        return Problems.invalid(e.violations(), messages, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, "error.notFound", messages, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(Locale locale) {
        return Problems.of(HttpStatus.FORBIDDEN, "error.forbidden", messages, locale);
    }
}
