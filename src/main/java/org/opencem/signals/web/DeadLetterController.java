package org.opencem.signals.web;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.opencem.signals.internal.TopicMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Messages from the signals topic that could not be taken in: why, and retry or dismiss each. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')")
class DeadLetterController {

    private static final int SHOWN = 200;

    private final TopicMessages topic;

    DeadLetterController(TopicMessages topic) {
        this.topic = topic;
    }

    @GetMapping("/signals/dead-letters")
    String list(CurrentUser me, HtmxRequest htmx, Model model) {
        model.addAttribute("letters", topic.deadLetters(me.tenantId(), SHOWN));
        model.addAttribute("deadLetters", topic.deadLetterCount(me.tenantId()));
        return Htmx.wantsFragment(htmx) ? "signals/partials/dead-letters :: letters" : "signals/dead-letters";
    }

    @PostMapping("/signals/dead-letters/{id}/retry")
    String retry(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        model.addAttribute("retried", topic.retry(me.tenantId(), id) ? "ok" : "failed");
        return list(me, htmx, model);
    }

    @PostMapping("/signals/dead-letters/{id}/dismiss")
    String dismiss(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        topic.dismiss(me.tenantId(), id);
        return list(me, htmx, model);
    }
}
