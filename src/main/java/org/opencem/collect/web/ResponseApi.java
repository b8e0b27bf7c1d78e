package org.opencem.collect.web;

import java.util.List;
import java.util.UUID;

import org.opencem.collect.Responses;
import org.opencem.collect.StoredResponse;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback records and stored responses through the API, within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
class ResponseApi {

    private final FeedbackRecords feedback;
    private final Responses responses;

    ResponseApi(FeedbackRecords feedback, Responses responses) {
        this.feedback = feedback;
        this.responses = responses;
    }

    @GetMapping("/feedback")
    List<FeedbackRecord> feedback(CurrentUser me, @RequestParam(defaultValue = "false") boolean detractors,
                                  @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return feedback.latest(me.scope(), detractors, Math.max(offset, 0), Math.min(Math.max(limit, 1), 1000));
    }

    @GetMapping("/responses/{id}")
    StoredResponse response(CurrentUser me, @PathVariable UUID id) {
        return responses.get(me.scope(), id);
    }
}
