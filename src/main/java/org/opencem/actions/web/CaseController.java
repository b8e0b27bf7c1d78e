package org.opencem.actions.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.actions.CaseBoard;
import org.opencem.actions.CaseConflictException;
import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseStatus;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.feedback.Customers;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Role;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case inbox (phone-first), the manager's board, and the case page where a handler works a
 * case: notes with @mentions, status changes, assignment, escalation, resolution with a root cause.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

    private static final int INBOX_SIZE = 200;
    private static final int CONTACTS = 10;

    private final Cases cases;
    private final CaseBoard board;
    private final FeedbackRecords feedback;
    private final Customers customers;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    CaseController(Cases cases, CaseBoard board, FeedbackRecords feedback, Customers customers, Taxonomy taxonomy,
                   MessageSource messages) {
        this.cases = cases;
        this.board = board;
        this.feedback = feedback;
        this.customers = customers;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @ModelAttribute("pageCss")
    List<String> pageCss() {
        return List.of("/css/cases.css");
    }

    @GetMapping
    String inbox(CurrentUser me, @RequestParam(defaultValue = "MINE") InboxFilter tab, HtmxRequest htmx, Model model) {
        model.addAttribute("tab", tab);
        model.addAttribute("cases", cases.inbox(me, tab, INBOX_SIZE));
        model.addAttribute("counts", cases.counts(me));
        return Htmx.wantsFragment(htmx) ? "actions/partials/inbox :: inbox" : "actions/inbox";
    }

    @GetMapping("/board")
    String board(CurrentUser me, Model model) {
        model.addAttribute("backlog", board.backlog(me));
        model.addAttribute("workload", board.workload(me));
        model.addAttribute("overdue", cases.inbox(me, InboxFilter.OVERDUE, 20));
        model.addAttribute("counts", cases.counts(me));
        return "actions/board";
    }

    @GetMapping("/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return page(me, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/{id}/notes")
    String addNote(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model) {
        return attempt(me, id, "note", note, model, () -> cases.addNote(me, id, checked("note", note)));
    }

    @PostMapping("/{id}/start")
    String start(CurrentUser me, @PathVariable UUID id, Model model) {
        return attempt(me, id, null, null, model, () -> cases.start(me, id));
    }

    @PostMapping("/{id}/resolve")
    String resolve(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String resolution,
                   @RequestParam(required = false) UUID rootCauseId, Model model) {
        model.addAttribute("rootCauseId", rootCauseId);
        return attempt(me, id, "resolution", resolution, model, () -> cases.changeStatus(me, id, CaseStatus.RESOLVED,
                checked("resolution", resolution), rootCauseId));
    }

    @PostMapping("/{id}/status")
    String status(CurrentUser me, @PathVariable UUID id, @RequestParam CaseStatus status,
                  @RequestParam(defaultValue = "") String text, Model model) {
        if (text.length() > Cases.MAX_TEXT) {
            return page(me, id, Map.of("statusText", Violation.of("statusText", "case.error.tooLong")),
                    Map.of("statusText", text), model);
        }
        return attempt(me, id, "statusText", text, model, () -> cases.changeStatus(me, id, status, text, null));
    }

    @PostMapping("/{id}/assign")
    String assign(CurrentUser me, @PathVariable UUID id, @RequestParam UUID assigneeId, Model model) {
        return attempt(me, id, null, null, model, () -> cases.assign(me, id, assigneeId));
    }

    @PostMapping("/{id}/priority")
    String priority(CurrentUser me, @PathVariable UUID id, @RequestParam CasePriority priority, Model model) {
        return attempt(me, id, null, null, model, () -> cases.changePriority(me, id, priority));
    }

    @PostMapping("/{id}/escalate")
    String escalate(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model) {
        return attempt(me, id, "reason", reason, model, () -> cases.escalate(me, id, checked("reason", reason)));
    }

    /** Opens a case by hand for a response or signal; the same record always gives the same case. */
    @PostMapping("/open")
    String open(CurrentUser me, @RequestParam UUID feedbackId,
                @RequestParam(defaultValue = "NORMAL") CasePriority priority) {
        return "redirect:/cases/" + cases.openFor(me, feedbackId, priority, null).id();
    }

    /**
     * Runs a change and goes back to the case; when it is refused, shows the page again with the
     * reason beside the field (or on top) and what the person typed.
     */
    private String attempt(CurrentUser me, UUID id, String field, String typed, Model model, Runnable change) {
        try {
            change.run();
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Map<String, Violation> errors = Violation.byField(e.violations().stream()
                    .map(v -> "text".equals(v.field()) && field != null ? new Violation(field, v.messageKey(), v.args()) : v)
                    .toList());
            return page(me, id, errors, field == null ? Map.of() : Map.of(field, typed), model);
        } catch (CaseConflictException e) {
            model.addAttribute("conflict", CaseMessages.conflict(e, messages, localeOf(me)));
            return page(me, id, Map.of(), field == null ? Map.of() : Map.of(field, typed), model);
        }
    }

    private static Locale localeOf(CurrentUser me) {
        return me.locale() == null ? Locale.SIMPLIFIED_CHINESE : me.locale();
    }

    private static String checked(String field, String text) {
        String error = CaseText.check(text);
        if (error != null) {
            throw InvalidInputException.of(field, error);
        }
        return text;
    }

    private String page(CurrentUser me, UUID id, Map<String, Violation> errors, Map<String, String> typed, Model model) {
        CaseSummary found = cases.get(me.scope(), id);
        FeedbackRecord record = found.feedbackId() == null ? null : feedback.find(me.scope(), found.feedbackId()).orElse(null);
        model.addAttribute("item", found);
        model.addAttribute("history", cases.history(me.scope(), found.id()));
        model.addAttribute("feedback", record);
        model.addAttribute("topicNames", taxonomy.names(me.tenantId(), LocaleContextHolder.getLocale()));
        model.addAttribute("customer", found.customerId() == null ? null
                : customers.byExternalId(me.tenantId(), found.customerId()).orElse(null));
        List<FeedbackRecord> customerFeedback = feedback.ofCustomer(me.scope(), found.customerId(), CONTACTS + 1).stream()
                .filter(r -> !r.id().equals(found.feedbackId())).limit(CONTACTS).toList();
        model.addAttribute("customerFeedback", customerFeedback);
        model.addAttribute("customerCases", cases.ofCustomer(me.scope(), found.customerId(), found.id(), CONTACTS));
        // the unit's latest feedback, without what the customer section already shows
        java.util.Set<UUID> shown = new java.util.HashSet<>(customerFeedback.stream().map(FeedbackRecord::id).toList());
        shown.add(found.feedbackId());
        model.addAttribute("unitFeedback", feedback.latestAt(me.scope(), found.orgUnitId(), CONTACTS + shown.size()).stream()
                .filter(r -> !shown.contains(r.id())).limit(5).toList());
        model.addAttribute("rootCauses", cases.rootCauses(me.tenantId()));
        model.addAttribute("rootCause", cases.rootCause(me.tenantId(), found.rootCauseId()).orElse(null));
        model.addAttribute("rootCauseRequired", cases.rootCauseRequired(me.tenantId()));
        boolean canWork = me.role() != Role.ANALYST;
        model.addAttribute("canWork", canWork);
        model.addAttribute("assignable", canWork ? cases.assignable(me, found.id()) : List.of());
        model.addAttribute("nextStatuses", found.status().next().stream()
                .filter(s -> s != CaseStatus.RESOLVED).toList());
        model.addAttribute("priorities", CasePriority.values());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        if (!model.containsAttribute("rootCauseId")) {
            model.addAttribute("rootCauseId", found.rootCauseId());
        }
        return "actions/case";
    }
}
