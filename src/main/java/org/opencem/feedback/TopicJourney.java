package org.opencem.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Topics across the touchpoints of the journey: per (topic, touchpoint) how many comments, and
 * their net sentiment, 100 × (positive − negative) / n. The touchpoint null stands for comments
 * not placed on any touchpoint.
 */
public record TopicJourney(List<String> topics, List<UUID> touchpoints, Map<String, Map<UUID, Cell>> cells) {

    public TopicJourney {
        topics = List.copyOf(topics);
        touchpoints = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(touchpoints));
    }

    public record Cell(int comments, int positive, int negative) {

        public int netSentiment() {
            return comments == 0 ? 0 : Math.round(100f * (positive - negative) / comments);
        }
    }

    public Cell cell(String topic, UUID touchpoint) {
        return cells.getOrDefault(topic, Map.of()).get(touchpoint);
    }
}
