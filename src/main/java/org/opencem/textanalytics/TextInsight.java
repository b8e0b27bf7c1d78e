package org.opencem.textanalytics;

import java.util.List;
import java.util.Set;

/**
 * What the text analytics found in one text. {@code score} is in −1…1; {@code topics} are
 * codes of the tenant's taxonomy ("service.speed"), most specific first.
 */
public record TextInsight(String language, Sentiment sentiment, double score, List<String> topics,
                          List<String> keyPhrases, Set<TextFlag> flags, List<SentenceInsight> sentences) {

    public TextInsight {
        topics = List.copyOf(topics);
        keyPhrases = List.copyOf(keyPhrases);
        flags = Set.copyOf(flags);
        sentences = List.copyOf(sentences);
    }
}
