package org.opencem.analytics.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.analytics.DigestRun;
import org.opencem.analytics.DigestSubscription;
import org.opencem.analytics.Digests;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Email digest subscriptions and their run log. Body: {@code userId} (default: the caller),
 * {@code frequency} DAILY or WEEKLY, {@code weekday} 1 (Monday) to 7 for weekly, {@code hour} 0–23 in
 * the reporting time zone, {@code enabled}.
 */
@RestController
@RequestMapping(path = "/api/v1/digests", produces = "application/json")
@Tag(name = "Digests", description = "Scheduled email digests, each about its recipient's own scope")
class DigestsApi {

    private final Digests digests;

    DigestsApi(Digests digests) {
        this.digests = digests;
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions; a manager's: everyone's within their scope")
    List<DigestSubscription> list(CurrentUser me) {
        return digests.subscriptions(me);
    }

    @GetMapping("/{id}")
    DigestSubscription get(CurrentUser me, @PathVariable UUID id) {
        return digests.get(me, id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe the caller, or (tenant admins and CX managers) a user within their scope")
    DigestSubscription create(CurrentUser me, @RequestBody DigestForm body) {
        return digests.subscribe(me, body.toInput());
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    DigestSubscription update(CurrentUser me, @PathVariable UUID id, @RequestBody DigestForm body) {
        return digests.update(me, id, body.toInput());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable UUID id) {
        digests.delete(me, id);
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send the digest now, about the last complete day or week")
    DigestRun send(CurrentUser me, @PathVariable UUID id) {
        return digests.sendNow(me, id);
    }

    @GetMapping(path = "/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The email as its recipient would get it now (HTML); 404 when the recipient has left")
    ResponseEntity<String> preview(CurrentUser me, @PathVariable UUID id) {
        return digests.preview(me, id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest runs: sent, or not sent because the recipient has left (RECIPIENT_LEFT) or turned digest emails off (EMAIL_OFF)")
    List<DigestRun> runs(CurrentUser me) {
        return digests.runs(me);
    }

    @GetMapping("/{id}/runs")
    List<DigestRun> runsOf(CurrentUser me, @PathVariable UUID id) {
        return digests.runs(me, id);
    }
}
