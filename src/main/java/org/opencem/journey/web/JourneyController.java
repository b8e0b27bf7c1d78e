package org.opencem.journey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.journey.Journey;
import org.opencem.journey.JourneyConflictException;
import org.opencem.journey.JourneyMap;
import org.opencem.platform.InvalidInputException;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.Departments;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The journeys console: the list, and the journey map edited in place. An htmx request gets the
 * fragment it targets, a normal request the whole page; every change also works as a plain form
 * post (redirect back to the map). Only CX managers and tenant admins may change anything.
 */
@Controller
@RequestMapping("/journeys")
class JourneyController {

    private static final String LIST_FRAGMENT = "journey/partials/list :: list";
    private static final String CREATE_FRAGMENT = "journey/partials/list :: create";
    private static final String MAP_FRAGMENT = "journey/partials/map :: map";

    private final Journeys journeys;
    private final Departments departments;
    private final MessageSource messages;

    JourneyController(Journeys journeys, Departments departments, MessageSource messages) {
        this.journeys = journeys;
        this.departments = departments;
        this.messages = messages;
    }

    @ModelAttribute("pageCss")
    List<String> pageCss() {
        return List.of("/css/journey.css");
    }

    // ---------------------------------------------------------------- list

    @GetMapping
    String list(CurrentUser me, HtmxRequest htmx, Model model, HttpServletResponse response) {
        varyOnHtmx(response);
        listModel(me, model, EditState.NONE);
        return fragment(htmx) ? LIST_FRAGMENT : "journey/list";
    }

    /** Creates a journey and opens its map (with htmx: a full navigation, by HX-Redirect). */
    @PostMapping
    ModelAndView create(CurrentUser me, HtmxRequest htmx, Model model, Locale locale,
                        @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String description) {
        requireEditor(me);
        try {
            Journey journey = journeys.createJourney(me.tenantId(), name, description);
            String url = "/journeys/" + journey.id();
            return new ModelAndView(fragment(htmx) ? new HtmxRedirectView(url) : new RedirectView(url, true));
        } catch (InvalidInputException e) {
            listModel(me, model, failed("journey-new", e, locale, Map.of("name", name, "description", description)));
            return new ModelAndView(fragment(htmx) ? CREATE_FRAGMENT : "journey/list", model.asMap());
        }
    }

    // ---------------------------------------------------------------- map

    @GetMapping("/{journeyId}")
    String map(CurrentUser me, @PathVariable UUID journeyId, HtmxRequest htmx, Model model,
               HttpServletResponse response) {
        varyOnHtmx(response);
        return mapView(me, journeyId, htmx, model, EditState.NONE);
    }

    @PostMapping("/{journeyId}/edit")
    String updateJourney(CurrentUser me, @PathVariable UUID journeyId, HtmxRequest htmx, Model model, Locale locale,
                         @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "") String description) {
        return change(me, journeyId, htmx, model, locale, "journey", Map.of("name", name, "description", description),
                () -> journeys.updateJourney(me.tenantId(), journeyId, name, description));
    }

    @PostMapping("/{journeyId}/stages")
    String addStage(CurrentUser me, @PathVariable UUID journeyId, HtmxRequest htmx, Model model, Locale locale,
                    @RequestParam(defaultValue = "") String name) {
        return change(me, journeyId, htmx, model, locale, "stage-new", Map.of("name", name),
                () -> journeys.addStage(me.tenantId(), journeyId, name));
    }

    @PostMapping("/{journeyId}/stages/{stageId}")
    String renameStage(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId, HtmxRequest htmx,
                       Model model, Locale locale, @RequestParam(defaultValue = "") String name) {
        return change(me, journeyId, htmx, model, locale, "stage-" + stageId, Map.of("name", name),
                () -> journeys.renameStage(me.tenantId(), stageOf(me, journeyId, stageId).id(), name));
    }

    @PostMapping("/{journeyId}/stages/{stageId}/move")
    String moveStage(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId, HtmxRequest htmx,
                     Model model, Locale locale, @RequestParam int delta) {
        return change(me, journeyId, htmx, model, locale, "stage-" + stageId, Map.of(),
                () -> journeys.moveStage(me.tenantId(), stageOf(me, journeyId, stageId).id(), delta));
    }

    @PostMapping("/{journeyId}/stages/{stageId}/delete")
    String deleteStage(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId, HtmxRequest htmx,
                       Model model, Locale locale) {
        return change(me, journeyId, htmx, model, locale, "stage-" + stageId, Map.of(),
                () -> journeys.deleteStage(me.tenantId(), stageOf(me, journeyId, stageId).id()));
    }

    @PostMapping("/{journeyId}/stages/{stageId}/touchpoints")
    String addTouchpoint(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId, HtmxRequest htmx,
                         Model model, Locale locale, @RequestParam(defaultValue = "") String name,
                         @RequestParam(required = false) UUID ownerDepartmentId) {
        return change(me, journeyId, htmx, model, locale, "tp-new-" + stageId,
                values("name", name, "ownerDepartmentId", ownerDepartmentId),
                () -> journeys.addTouchpoint(me.tenantId(), stageOf(me, journeyId, stageId).id(), name, ownerDepartmentId));
    }

    @PostMapping("/{journeyId}/touchpoints/{touchpointId}")
    String updateTouchpoint(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
                            HtmxRequest htmx, Model model, Locale locale,
                            @RequestParam(defaultValue = "") String name,
                            @RequestParam(required = false) UUID ownerDepartmentId,
                            @RequestParam(required = false) UUID stageId) {
        return change(me, journeyId, htmx, model, locale, "tp-" + touchpointId,
                values("name", name, "ownerDepartmentId", ownerDepartmentId, "stageId", stageId),
                () -> journeys.updateTouchpoint(me.tenantId(), touchpointOf(me, journeyId, touchpointId).id(), name,
                        ownerDepartmentId, stageId));
    }

    @PostMapping("/{journeyId}/touchpoints/{touchpointId}/move")
    String moveTouchpoint(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
                          HtmxRequest htmx, Model model, Locale locale, @RequestParam int delta) {
        return change(me, journeyId, htmx, model, locale, "tp-" + touchpointId, Map.of(),
                () -> journeys.moveTouchpoint(me.tenantId(), touchpointOf(me, journeyId, touchpointId).id(), delta));
    }

    @PostMapping("/{journeyId}/touchpoints/{touchpointId}/delete")
    String deleteTouchpoint(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
                            HtmxRequest htmx, Model model, Locale locale) {
        return change(me, journeyId, htmx, model, locale, "tp-" + touchpointId, Map.of(),
                () -> journeys.deleteTouchpoint(me.tenantId(), touchpointOf(me, journeyId, touchpointId).id()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs a change of the journey map, then answers with the map fragment (htmx) or a redirect
     * back to the map (plain post). A refused change re-renders the map with the errors beside the
     * form and what was typed.
     */
    private String change(CurrentUser me, UUID journeyId, HtmxRequest htmx, Model model, Locale locale, String form,
                          Map<String, String> values, Runnable change) {
        requireEditor(me);
        EditState state = EditState.NONE;
        try {
            change.run();
        } catch (InvalidInputException e) {
            state = failed(form, e, locale, values);
        } catch (JourneyConflictException e) {
            state = EditState.refused(messages.getMessage(e.code(), null, locale));
        }
        if (state == EditState.NONE && !fragment(htmx)) {
            return "redirect:/journeys/" + journeyId;
        }
        return mapView(me, journeyId, htmx, model, state);
    }

    private String mapView(CurrentUser me, UUID journeyId, HtmxRequest htmx, Model model, EditState state) {
        JourneyMap map = journeys.map(me.tenantId(), journeyId).orElseThrow(() -> new NotFoundException("Journey"));
        model.addAttribute("map", map);
        model.addAttribute("departments", departments.all(me.tenantId()));
        model.addAttribute("editable", me.managesConfiguration());
        model.addAttribute("edit", state);
        return fragment(htmx) ? MAP_FRAGMENT : "journey/map";
    }

    private void listModel(CurrentUser me, Model model, EditState state) {
        model.addAttribute("journeys", journeys.summaries(me.tenantId()));
        model.addAttribute("editable", me.managesConfiguration());
        model.addAttribute("edit", state);
    }

    private Stage stageOf(CurrentUser me, UUID journeyId, UUID stageId) {
        return journeys.stage(me.tenantId(), stageId).filter(s -> s.journeyId().equals(journeyId))
                .orElseThrow(() -> new NotFoundException("Stage"));
    }

    private Touchpoint touchpointOf(CurrentUser me, UUID journeyId, UUID touchpointId) {
        return journeys.touchpoint(me.tenantId(), touchpointId).filter(t -> t.journeyId().equals(journeyId))
                .orElseThrow(() -> new NotFoundException("Touchpoint"));
    }

    private EditState failed(String form, InvalidInputException e, Locale locale, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.argsArray(), locale)));
        return EditState.failed(form, errors, values);
    }

    private static Map<String, String> values(Object... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            values.put((String) keysAndValues[i], value == null ? "" : value.toString());
        }
        return values;
    }

    static void requireEditor(CurrentUser me) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Only CX managers and tenant admins change journeys");
        }
    }

    /** A fragment for htmx's own requests; boosted navigation and history restores need the page. */
    private static boolean fragment(HtmxRequest htmx) {
        return htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest();
    }

    private static void varyOnHtmx(HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
    }
}
