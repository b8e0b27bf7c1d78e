package org.opencem.actions.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencem.actions.ContactChannel;
import org.opencem.actions.CustomerContactDraft;
import org.opencem.actions.CustomerContactRequest;
import org.opencem.actions.CustomerContacts;
import org.opencem.actions.Initiatives;
import org.opencem.actions.RecoveryRates;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Role;
import org.opencem.platform.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The case page's "write to the customer" panel, loaded into the page by htmx: the filled-in
 * template to edit, the follow-up survey to add, and what was written before with its delivery.
 * Also the recovery figure on the cases page.
 */
@Controller
class CustomerContactController {

    static final int RECOVERY_DAYS = 90;

    private final CustomerContacts contacts;
    private final Initiatives initiatives;
    private final RecoveryRates recovery;

    CustomerContactController(CustomerContacts contacts, Initiatives initiatives, RecoveryRates recovery) {
        this.contacts = contacts;
        this.initiatives = initiatives;
        this.recovery = recovery;
    }

    @GetMapping("/cases/{id}/customer-contact")
    String panel(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) ContactChannel channel, Model model) {
        CustomerContactDraft draft = contacts.draft(me, id, channel);
        return panel(me, draft, new Form(draft.channel(), draft.subject(), draft.body(), null), Map.of(), false, model);
    }

    @PostMapping("/cases/{id}/customer-contact")
    String write(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "EMAIL") ContactChannel channel,
                 @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
                 @RequestParam(required = false) UUID followUpSurveyId, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Form form = new Form(channel, subject, body, followUpSurveyId);
        try {
            contacts.write(me, id, new CustomerContactRequest(channel, subject, body, followUpSurveyId), publicBaseUrl(request));
        } catch (InvalidInputException invalid) {
            return panel(me, contacts.draft(me, id, channel), form, Violation.byField(invalid.violations()), false, model);
        }
        // the whole case page shows the new history entry and status
        response.setHeader("HX-Redirect", request.getContextPath() + "/cases/" + id);
        return panel(me, contacts.draft(me, id, channel), form, Map.of(), true, model);
    }

    @GetMapping("/cases/recovery-figure")
    String recoveryFigure(CurrentUser me, Model model) {
        model.addAttribute("recovery", recovery.recent(me.scope(), RECOVERY_DAYS));
        model.addAttribute("days", RECOVERY_DAYS);
        return "actions/partials/loop-recovery :: figure";
    }

    private String panel(CurrentUser me, CustomerContactDraft draft, Form form, Map<String, Violation> errors, boolean sent,
                         Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute("messages", contacts.messages(me, draft.caseId()));
        model.addAttribute("initiatives", initiatives.forCase(me.scope(), draft.caseId()));
        model.addAttribute("canWrite", me.role() != Role.ANALYST && draft.reachable());
        return "actions/partials/loop-contact :: panel";
    }

    /** Where respondents reach this server, as the handler's own request did. */
    static String publicBaseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    record Form(ContactChannel channel, String subject, String body, UUID followUpSurveyId) {
    }
}
