package org.opencem.textanalytics;

import java.util.List;

/** One sentence of a text with its own sentiment and topics, so mixed reviews show both sides. */
public record SentenceInsight(String text, Sentiment sentiment, double score, List<String> topics) {

    public SentenceInsight {
        topics = List.copyOf(topics);
    }
}
