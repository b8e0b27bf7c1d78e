package org.opencem.collect.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.Htmx;
import org.opencem.actions.Cases;
import org.opencem.collect.Responses;
import org.opencem.collect.StoredResponse;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.survey.Surveys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The feedback a person may see, newest first, and each response with its answers and its case. */
@Controller
class ResponseController {

    private static final int PAGE_SIZE = 50;

    private final FeedbackRecords feedback;
    private final Responses responses;
    private final Surveys surveys;
    private final OrgUnits orgUnits;
    private final Cases cases;

    ResponseController(FeedbackRecords feedback, Responses responses, Surveys surveys, OrgUnits orgUnits, Cases cases) {
        this.feedback = feedback;
        this.responses = responses;
        this.surveys = surveys;
        this.orgUnits = orgUnits;
        this.cases = cases;
    }

    @GetMapping("/responses")
    String list(CurrentUser me, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "false") boolean detractors, HtmxRequest htmx, Model model) {
        int current = Math.max(0, page);
        List<FeedbackRecord> records = feedback.latest(me.scope(), detractors, current * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = records.size() > PAGE_SIZE;
        List<FeedbackRecord> shown = more ? records.subList(0, PAGE_SIZE) : records;
        model.addAttribute("records", shown);
        model.addAttribute("page", current);
        model.addAttribute("more", more);
        model.addAttribute("detractors", detractors);
        model.addAttribute("units", orgUnits.visible(me.scope()).stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name)));
        model.addAttribute("cases", cases.forFeedback(me.scope(), shown.stream().map(FeedbackRecord::id).toList()));
        return Htmx.wantsFragment(htmx) ? "collect/partials/responses :: responses"
                : "collect/responses";
    }

    @GetMapping("/responses/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        StoredResponse response = responses.get(me.scope(), id);
        model.addAttribute("response", response);
        model.addAttribute("survey", surveys.get(me.tenantId(), response.surveyId()));
        model.addAttribute("definition", surveys.publishedDefinition(me.tenantId(), response.surveyId(),
                response.surveyVersion()).orElseThrow());
        FeedbackRecord record = feedback.bySource(me.scope(), FeedbackSource.SURVEY, id).orElseThrow();
        model.addAttribute("record", record);
        model.addAttribute("case", cases.forFeedback(me.scope(), List.of(record.id())).get(record.id()));
        return "collect/response";
    }
}
