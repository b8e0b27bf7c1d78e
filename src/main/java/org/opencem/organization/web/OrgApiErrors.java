package org.opencem.organization.web;

import java.util.Locale;

import org.opencem.platform.NotFoundException;
import org.opencem.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the organization API's refusals, instead of the console's error page. */
@RestControllerAdvice(assignableTypes = OrgApi.class)
class OrgApiErrors {

    private final MessageSource messages;

    OrgApiErrors(MessageSource messages) {
        this.messages = messages;
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
