package org.opencem.survey;

import java.util.Locale;

/** A text in Simplified Chinese and English; a missing translation falls back to the other. */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
