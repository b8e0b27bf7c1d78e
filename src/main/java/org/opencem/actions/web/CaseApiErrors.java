package org.opencem.actions.web;

import java.util.Locale;

import org.opencem.actions.CaseConflictException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A case change its current state does not allow, as 409 problem details. */
@RestControllerAdvice(assignableTypes = CaseApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiErrors {

    private final MessageSource messages;

    CaseApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseConflictException.class)
    ProblemDetail conflict(CaseConflictException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CaseMessages.conflict(e, messages, locale));
        problem.setTitle(messages.getMessage("case.problem.conflict", null, locale));
        problem.setProperty("code", e.code());
        return problem;
    }
}
