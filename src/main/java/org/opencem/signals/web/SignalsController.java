package org.opencem.signals.web;

import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.web.Htmx;
import org.opencem.signals.Signals;
import org.opencem.signals.StoredSignal;
import org.opencem.signals.internal.TopicMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The signals a person may see, newest first, filtered by source; and one signal with its original. */
@Controller
class SignalsController {

    static final List<FeedbackSource> SOURCES = List.of(FeedbackSource.REVIEW, FeedbackSource.SOCIAL,
            FeedbackSource.CALL, FeedbackSource.TICKET, FeedbackSource.FORUM);
    private static final int PAGE_SIZE = 50;

    private final Signals signals;
    private final TopicMessages topic;
    private final JsonMapper json;

    SignalsController(Signals signals, TopicMessages topic, JsonMapper json) {
        this.signals = signals;
        this.topic = topic;
        this.json = json;
    }

    @GetMapping("/signals")
    String list(CurrentUser me, @RequestParam(required = false) FeedbackSource source,
                @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        int current = Math.max(0, page);
        List<StoredSignal> found = signals.latest(me.scope(), source, current * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        model.addAttribute("signals", more ? found.subList(0, PAGE_SIZE) : found);
        model.addAttribute("source", source);
        model.addAttribute("sources", SOURCES);
        model.addAttribute("page", current);
        model.addAttribute("more", more);
        tabs(me, model);
        return Htmx.wantsFragment(htmx) ? "signals/partials/list :: list" : "signals/list";
    }

    @GetMapping("/signals/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        StoredSignal signal = signals.find(me.scope(), id).orElseThrow(() -> new NotFoundException("Signal"));
        model.addAttribute("signal", signal);
        model.addAttribute("original", json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(signal.original())));
        tabs(me, model);
        return "signals/show";
    }

    /** The tabs show how many dead letters wait, to those who handle them. */
    private void tabs(CurrentUser me, Model model) {
        model.addAttribute("deadLetters", me.managesConfiguration() ? topic.deadLetterCount(me.tenantId()) : 0);
    }
}
