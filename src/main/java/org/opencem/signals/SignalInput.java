package org.opencem.signals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencem.feedback.FeedbackSource;

/**
 * One signal as a source sent it, before it is checked. {@code occurredAt} is the text given
 * (ISO 8601, or a local date and time read in the tenant's zone); {@code storeCode} names the org
 * unit; {@code customerId} is the customer's id in the source's own system. {@code turns} are a
 * call's conversation; {@code original} is the raw JSON kept with the signal.
 */
public record SignalInput(FeedbackSource source, String externalId, String storeCode, String occurredAt,
                          Integer rating, String title, String text, String author, String customerId,
                          String category, String channel, String language, List<SpeakerTurn> turns,
                          Map<String, String> attributes, String original) {

    public SignalInput {
        turns = turns == null ? List.of() : List.copyOf(turns);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * What the customer said: a call's customer turns, else the title and the text. Agents' turns
     * stay out, or an agent's "sorry for the wait" would count as the customer's complaint.
     */
    public String feedbackText() {
        if (!turns.isEmpty()) {
            String said = turns.stream().filter(SpeakerTurn::byCustomer).map(SpeakerTurn::text)
                    .filter(t -> t != null && !t.isBlank()).map(String::strip).collect(Collectors.joining("\n"));
            return said.isEmpty() ? null : said;
        }
        String heading = blankToNull(title);
        String body = blankToNull(text);
        if (heading == null) {
            return body;
        }
        return body == null ? heading : heading + "\n" + body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
