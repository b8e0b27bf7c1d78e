package org.opencem.survey.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.survey.LocalizedText;
import org.opencem.survey.Question;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyDefinition;
import org.opencem.survey.SurveyLink;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Surveys: list, create from a template, edit texts, publish, and hand out a link per org unit. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    private static final String EDITORS = "hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')";

    private final Surveys surveys;
    private final Journeys journeys;
    private final OrgUnits orgUnits;
    private final NewSurveys newSurveys;

    SurveyController(Surveys surveys, Journeys journeys, OrgUnits orgUnits, NewSurveys newSurveys) {
        this.surveys = surveys;
        this.journeys = journeys;
        this.orgUnits = orgUnits;
        this.newSurveys = newSurveys;
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("surveys", surveys.all(me.tenantId()));
        model.addAttribute("touchpoints", touchpointsById(me));
        return "survey/list";
    }

    @GetMapping("/new")
    @PreAuthorize(EDITORS)
    String newSurvey(CurrentUser me, Model model) {
        return createForm(me, SurveyForm.empty(), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    String create(CurrentUser me, SurveyForm form, Model model, HttpServletResponse response) {
        NewSurveys.Result result = newSurveys.create(me, form);
        if (result.survey() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return createForm(me, form, result.errors(), model);
        }
        return "redirect:/surveys/" + result.survey().id();
    }

    @GetMapping("/{id}")
    String show(CurrentUser me, @PathVariable UUID id, HttpServletRequest request, Model model) {
        Survey survey = surveys.get(me.tenantId(), id);
        model.addAttribute("survey", survey);
        model.addAttribute("touchpoint", touchpointsById(me).get(survey.touchpointId()));
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        model.addAttribute("published", survey.publishedVersion() == null ? null
                : surveys.publishedDefinition(me.tenantId(), id, survey.publishedVersion()).orElse(null));
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("links", surveys.links(me.scope(), id).stream()
                .collect(Collectors.toMap(SurveyLink::orgUnitId, Function.identity())));
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
        return "survey/edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize(EDITORS)
    String saveDraft(CurrentUser me, @PathVariable UUID id, @RequestParam String name, @RequestParam UUID touchpointId,
                     @RequestParam Map<String, String> texts) {
        Survey survey = surveys.get(me.tenantId(), id);
        journeys.touchpoint(me.tenantId(), touchpointId).orElseThrow(() -> new IllegalArgumentException("touchpoint"));
        SurveyDefinition draft = survey.draft();
        List<Question> questions = draft.questions().stream().map(q -> new Question(q.key(), q.type(), q.required(),
                text(texts, "q." + q.key(), q.text()), q.lowLabel(), q.highLabel())).toList();
        SurveyDefinition edited = new SurveyDefinition(text(texts, "title", draft.title()),
                text(texts, "intro", draft.intro()), text(texts, "thanks", draft.thanks()), questions);
        surveys.updateDraft(me.tenantId(), id, name.isBlank() ? survey.name() : name, touchpointId, edited);
        return "redirect:/surveys/" + id + "?saved";
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(EDITORS)
    String publish(CurrentUser me, @PathVariable UUID id) {
        surveys.publish(me.tenantId(), id);
        return "redirect:/surveys/" + id + "?published";
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(EDITORS)
    String close(CurrentUser me, @PathVariable UUID id) {
        surveys.close(me.tenantId(), id);
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(EDITORS)
    String reopen(CurrentUser me, @PathVariable UUID id) {
        surveys.reopen(me.tenantId(), id);
        return "redirect:/surveys/" + id;
    }

    /** Makes the link for one org unit, or for every store-level unit at once. */
    @PostMapping("/{id}/links")
    @PreAuthorize(EDITORS)
    String makeLinks(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID unit) {
        if (unit != null) {
            surveys.link(me.scope(), id, unit);
        } else {
            List<OrgUnit> visible = orgUnits.visible(me.scope());
            Set<UUID> parents = orgUnits.withChildren(me.tenantId(), visible.stream().map(OrgUnit::id).toList());
            visible.stream().filter(u -> !parents.contains(u.id())).forEach(u -> surveys.link(me.scope(), id, u.id()));
        }
        return "redirect:/surveys/" + id + "#links";
    }

    /** The printable QR code of one org unit's link. */
    @GetMapping(value = "/{id}/links/{token}/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    String qrCode(CurrentUser me, @PathVariable UUID id, @PathVariable String token, HttpServletRequest request) {
        SurveyLink link = surveys.links(me.scope(), id).stream().filter(l -> l.token().equals(token)).findFirst()
                .orElseThrow(() -> new NotFoundException("Survey link"));
        String url = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + link.path();
        return QrCode.svg(url, surveys.get(me.tenantId(), id).name() + " · " + orgUnits.get(me.scope(), link.orgUnitId()).name());
    }

    private String createForm(CurrentUser me, SurveyForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("templates", SurveyTemplate.values());
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        return "survey/new";
    }

    private Map<UUID, TouchpointRef> touchpointsById(CurrentUser me) {
        return journeys.touchpoints(me.tenantId()).stream().collect(Collectors.toMap(TouchpointRef::id, Function.identity()));
    }

    private static LocalizedText text(Map<String, String> texts, String prefix, LocalizedText current) {
        String zh = texts.getOrDefault(prefix + ".zh", current == null ? "" : current.zh()).strip();
        String en = texts.getOrDefault(prefix + ".en", current == null ? "" : current.en()).strip();
        return new LocalizedText(zh, en);
    }
}
