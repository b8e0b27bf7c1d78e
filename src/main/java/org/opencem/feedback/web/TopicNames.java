package org.opencem.feedback.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.Topic;
import org.springframework.stereotype.Component;

/** The names of a tenant's topics in the reader's language ("service.speed" → 出餐速度), parents first. */
@Component
class TopicNames {

    private final Taxonomy taxonomy;

    TopicNames(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Map<String, String> of(UUID tenantId, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        for (Topic topic : taxonomy.topics(tenantId)) {
            names.put(topic.code(), topic.name(chinese));
        }
        return names;
    }
}
