package org.opencem.actions.web;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.Htmx;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case inbox and the case page, where a handler adds notes and resolves. */
@Controller
@RequestMapping("/cases")
class CaseController {

    private static final int INBOX_SIZE = 200;

    private final Cases cases;
    private final FeedbackRecords feedback;

    CaseController(Cases cases, FeedbackRecords feedback) {
        this.cases = cases;
        this.feedback = feedback;
    }

    @GetMapping
    String inbox(CurrentUser me, @RequestParam(defaultValue = "MINE") InboxFilter tab, HtmxRequest htmx, Model model) {
        model.addAttribute("tab", tab);
        model.addAttribute("cases", cases.inbox(me, tab, INBOX_SIZE));
        model.addAttribute("counts", cases.counts(me));
        return Htmx.wantsFragment(htmx) ? "actions/partials/inbox :: inbox" : "actions/inbox";
    }

    @GetMapping("/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return page(me, cases.get(me.scope(), id), null, null, model);
    }

    @PostMapping("/{id}/notes")
    String addNote(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model) {
        String error = CaseText.check(note);
        if (error != null) {
            return page(me, cases.get(me.scope(), id), error, note, model);
        }
        cases.addNote(me, id, note);
        return "redirect:/cases/" + id;
    }

    @PostMapping("/{id}/start")
    String start(CurrentUser me, @PathVariable UUID id) {
        cases.start(me, id);
        return "redirect:/cases/" + id;
    }

    @PostMapping("/{id}/resolve")
    String resolve(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String resolution, Model model) {
        String error = CaseText.check(resolution);
        if (error != null) {
            model.addAttribute("resolutionError", error);
            model.addAttribute("resolution", resolution);
            return page(me, cases.get(me.scope(), id), null, null, model);
        }
        cases.resolve(me, id, resolution);
        return "redirect:/cases/" + id;
    }

    private String page(CurrentUser me, CaseSummary found, String noteError, String note, Model model) {
        model.addAttribute("item", found);
        model.addAttribute("history", cases.history(me.scope(), found.id()));
        model.addAttribute("feedback", found.feedbackId() == null ? null
                : feedback.find(me.scope(), found.feedbackId()).orElse(null));
        model.addAttribute("canWork", me.role() != Role.ANALYST);
        model.addAttribute("noteError", noteError);
        model.addAttribute("note", note);
        return "actions/case";
    }
}
