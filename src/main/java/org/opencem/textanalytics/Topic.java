package org.opencem.textanalytics;

import java.util.List;

/**
 * A node of a tenant's topic taxonomy: a dotted code ("service.speed") under its parent
 * ("service", null for a top level), names in both languages and the keywords that find it.
 */
public record Topic(String code, String parentCode, String nameZh, String nameEn, List<String> keywordsZh,
                    List<String> keywordsEn) {

    public Topic {
        keywordsZh = List.copyOf(keywordsZh);
        keywordsEn = List.copyOf(keywordsEn);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
