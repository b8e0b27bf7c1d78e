package org.opencem.textanalytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's hierarchical topic taxonomy, which starts as the default restaurant and retail
 * taxonomy and is the tenant's to edit. Topics are found in comments by their keywords and by
 * a classifier learned from people's topic corrections.
 */
public interface Taxonomy {

    /** All topics, parents before their children. */
    List<Topic> topics(UUID tenantId);

    /**
     * Adds a topic or changes its names and keywords. The code is lower-case words joined by
     * dots, its parent is the code without the last word (which must exist).
     */
    Topic save(UUID tenantId, Topic topic);

    /** Removes a topic with its sub-topics. */
    void delete(UUID tenantId, String code);

    /** The topics' names in the reader's language ("service.speed" → 出餐速度), parents first. */
    default Map<String, String> names(UUID tenantId, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        for (Topic topic : topics(tenantId)) {
            names.put(topic.code(), topic.name(chinese));
        }
        return names;
    }

    /** Learns topics from labelled texts (label = topic code), used beside the keywords. */
    ModelInfo trainClassifier(UUID tenantId, List<LabeledText> examples);
}
