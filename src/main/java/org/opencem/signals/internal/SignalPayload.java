package org.opencem.signals.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.opencem.feedback.FeedbackSource;
import org.opencem.signals.SignalInput;
import org.opencem.signals.SpeakerTurn;

/** One signal as JSON, the same over the REST API and on the Kafka topic. */
@Schema(name = "Signal", description = "A review, social post, call transcript, ticket or forum post.")
public record SignalPayload(
        @Schema(description = "REVIEW, SOCIAL, CALL, TICKET or FORUM", requiredMode = Schema.RequiredMode.REQUIRED)
        FeedbackSource source,
        @Schema(description = "The signal's id in its source; sending it again updates the signal",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "dp-88231")
        String externalId,
        @Schema(description = "Code of the org unit (store) it is about", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "SH001")
        String store,
        @Schema(description = "When it was written: ISO 8601, or a local date and time in the tenant's zone",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-02T12:30:00+08:00")
        String occurredAt,
        @Schema(description = "Star rating 1–5, counted as CSAT", example = "2")
        Integer rating,
        String title,
        @Schema(description = "The text; for calls, give turns instead", example = "上菜太慢了，等了四十分钟")
        String text,
        String author,
        @Schema(description = "The customer's id in your systems")
        String customerId,
        @Schema(description = "The source's category, used by touchpoint rules")
        String category,
        @Schema(description = "Site or platform, e.g. dianping, meituan, appstore", example = "dianping")
        String channel,
        String language,
        @Schema(description = "A call's conversation; the customer's turns become the feedback text")
        List<SpeakerTurn> turns,
        @Schema(description = "Anything else worth keeping with the feedback record")
        Map<String, String> attributes) {

    public SignalInput toInput(String original) {
        return new SignalInput(source, externalId, store, occurredAt, rating, title, text, author, customerId, category,
                channel, language, turns, attributes, original);
    }
}
