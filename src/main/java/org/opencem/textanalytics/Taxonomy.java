package org.opencem.textanalytics;

import java.util.List;
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

    /** Learns topics from labelled texts (label = topic code), used beside the keywords. */
    ModelInfo trainClassifier(UUID tenantId, List<LabeledText> examples);
}
