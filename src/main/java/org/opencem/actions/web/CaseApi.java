package org.opencem.actions.web;

import java.util.List;
import java.util.UUID;

import org.opencem.actions.CaseActivity;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases through the API: the same inboxes, notes and resolutions as the console, in the same scope. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

    private final Cases cases;

    CaseApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    List<CaseSummary> list(CurrentUser me, @RequestParam(defaultValue = "OPEN") InboxFilter tab,
                           @RequestParam(defaultValue = "100") int limit) {
        return cases.inbox(me, tab, Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/{id}")
    CaseSummary get(CurrentUser me, @PathVariable UUID id) {
        return cases.get(me.scope(), id);
    }

    @GetMapping("/{id}/history")
    List<CaseActivity> history(CurrentUser me, @PathVariable UUID id) {
        return cases.history(me.scope(), id);
    }

    @PostMapping("/{id}/notes")
    CaseSummary addNote(CurrentUser me, @PathVariable UUID id, @RequestBody TextBody body) {
        cases.addNote(me, id, checked("note", body));
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/start")
    CaseSummary start(CurrentUser me, @PathVariable UUID id) {
        cases.start(me, id);
        return cases.get(me.scope(), id);
    }

    @PostMapping("/{id}/resolve")
    CaseSummary resolve(CurrentUser me, @PathVariable UUID id, @RequestBody TextBody body) {
        cases.resolve(me, id, checked("text", body));
        return cases.get(me.scope(), id);
    }

    private static String checked(String field, TextBody body) {
        String text = body == null ? null : body.text();
        String error = CaseText.check(text);
        if (error != null) {
            throw InvalidInputException.of(field, error);
        }
        return text;
    }

    record TextBody(String text) {
    }
}
