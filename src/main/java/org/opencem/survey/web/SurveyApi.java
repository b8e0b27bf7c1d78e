package org.opencem.survey.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Surveys through the API: create from a template, publish, close, and get a link per org unit. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

    private static final String EDITORS = "hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')";

    private final Surveys surveys;
    private final NewSurveys newSurveys;

    SurveyApi(Surveys surveys, NewSurveys newSurveys) {
        this.surveys = surveys;
        this.newSurveys = newSurveys;
    }

    @GetMapping
    List<Survey> list(CurrentUser me) {
        return surveys.all(me.tenantId());
    }

    @GetMapping("/{id}")
    Survey get(CurrentUser me, @PathVariable UUID id) {
        return surveys.get(me.tenantId(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(EDITORS)
    Survey create(CurrentUser me, @RequestBody SurveyForm form) {
        NewSurveys.Result result = newSurveys.create(me, form);
        if (result.survey() == null) {
            throw new InvalidInputException(result.errors().entrySet().stream()
                    .map(e -> Violation.of(e.getKey(), e.getValue())).toList());
        }
        return result.survey();
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(EDITORS)
    Survey publish(CurrentUser me, @PathVariable UUID id) {
        surveys.publish(me.tenantId(), id);
        return surveys.get(me.tenantId(), id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(EDITORS)
    Survey close(CurrentUser me, @PathVariable UUID id) {
        surveys.close(me.tenantId(), id);
        return surveys.get(me.tenantId(), id);
    }

    @GetMapping("/{id}/links")
    List<LinkJson> links(CurrentUser me, @PathVariable UUID id, HttpServletRequest request) {
        surveys.get(me.tenantId(), id);
        return surveys.links(me.scope(), id).stream().map(link -> LinkJson.of(link, request)).toList();
    }

    @PostMapping("/{id}/links")
    @PreAuthorize(EDITORS)
    LinkJson link(CurrentUser me, @PathVariable UUID id, @RequestBody LinkRequest body, HttpServletRequest request) {
        if (body == null || body.orgUnitId() == null) {
            throw InvalidInputException.of("orgUnitId", "common.required");
        }
        return LinkJson.of(surveys.link(me.scope(), id, body.orgUnitId()), request);
    }

    record LinkRequest(UUID orgUnitId) {
    }

    record LinkJson(String token, UUID orgUnitId, String channel, String url) {
        static LinkJson of(SurveyLink link, HttpServletRequest request) {
            return new LinkJson(link.token(), link.orgUnitId(), link.channel(),
                    ServletUriComponentsBuilder.fromContextPath(request).path(link.path()).toUriString());
        }
    }
}
