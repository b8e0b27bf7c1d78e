package org.opencem.actions;

import java.util.Locale;
import java.util.UUID;

/** Why a problem happened, from the tenant's own list, named in Chinese and English. */
public record RootCause(UUID id, String code, String nameZh, String nameEn, boolean active) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
