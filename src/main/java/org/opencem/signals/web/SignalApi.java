package org.opencem.signals.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.signals.SignalIntake;
import org.opencem.signals.SignalResult;
import org.opencem.signals.internal.SignalPayload;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Signals in batches over JSON, for systems without Kafka. */
@RestController
@RequestMapping("/api/v1/signals")
@Tag(name = "Signals", description = "Reviews, social posts, call transcripts, tickets and forum posts")
class SignalApi {

    @Schema(name = "SignalBatch")
    record SignalBatch(@Schema(description = "1 to 1000 signals", requiredMode = Schema.RequiredMode.REQUIRED)
                       List<SignalPayload> records) {
    }

    record FieldError(String field, String code, String message) {
    }

    @Schema(description = "What became of one signal: CREATED, UPDATED (sent before, same feedback record), "
            + "UNCHANGED (sent before with the same content) or REJECTED (with the errors)")
    record RecordResult(int index, String externalId, SignalResult.Status status, UUID signalId, UUID feedbackId,
                        List<FieldError> errors) {
    }

    record BatchResult(int created, int updated, int unchanged, int rejected, List<RecordResult> results) {
    }

    /** A null in the list is refused like a record with nothing in it, with its own errors. */
    private static final SignalPayload MISSING = new SignalPayload(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    private final SignalIntake intake;
    private final JsonMapper json;
    private final MessageSource messages;

    SignalApi(SignalIntake intake, JsonMapper json, MessageSource messages) {
        this.intake = intake;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Take in a batch of signals",
            description = "Each record is checked on its own: good ones are stored, bad ones come back with their "
                    + "errors, in the order sent. Stores must lie in the caller's scope. The same source and "
                    + "externalId again updates the signal and its feedback record; it never counts twice.")
    BatchResult take(CurrentUser me, @RequestBody SignalBatch batch, Locale locale) {
        List<SignalPayload> records = batch.records() == null ? List.of()
                : batch.records().stream().map(r -> r == null ? MISSING : r).toList();
        if (records.isEmpty()) {
            throw InvalidInputException.of("records", "signals.api.empty");
        }
        if (records.size() > SignalIntake.MAX_BATCH) {
            throw InvalidInputException.of("records", "signals.api.tooMany", SignalIntake.MAX_BATCH, records.size());
        }
        List<SignalResult> results = intake.take(me.scope(),
                records.stream().map(r -> r.toInput(json.writeValueAsString(r))).toList());
        return new BatchResult(count(results, SignalResult.Status.CREATED), count(results, SignalResult.Status.UPDATED),
                count(results, SignalResult.Status.UNCHANGED), count(results, SignalResult.Status.REJECTED),
                results.stream().map(r -> new RecordResult(r.index(), r.externalId(), r.status(), r.signalId(),
                        r.feedbackId(), r.errors().stream().map(v -> new FieldError(v.field(), v.messageKey(),
                                messages.getMessage(v.messageKey(), v.argsArray(), v.messageKey(), locale))).toList()))
                        .toList());
    }

    private static int count(List<SignalResult> results, SignalResult.Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
