package org.opencem.textanalytics.internal;

/**
 * Tells Simplified from Traditional Chinese, English and a real mix, by counting scripts: Han
 * characters against Latin words, and among Han characters those that exist in one script only.
 */
final class LanguageDetector {

    static final String SIMPLIFIED = "zh-Hans";
    static final String TRADITIONAL = "zh-Hant";
    static final String ENGLISH = "en";
    static final String MIXED = "mixed";
    /** Nothing to read: empty, digits, emoji only. */
    static final String UNDETERMINED = "und";

    private LanguageDetector() {
    }

    static String detect(String cleaned) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        int latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'À' && c <= 'ɏ')
                    || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (ChineseScript.isHan(c)) {
                han++;
                traditional += ChineseScript.isTraditionalOnly(c) ? 1 : 0;
                simplified += ChineseScript.isSimplifiedOnly(c) ? 1 : 0;
            }
        }
        if (han == 0 && latinWords == 0) {
            return UNDETERMINED;
        }
        // an English word carries about as much as two Chinese characters; brand names in a
        // Chinese sentence ("iPhone 很好用") do not make it mixed
        double english = latinWords * 2.0;
        double share = english / (english + han);
        if (han == 0 || (share > 0.7 && latinWords >= 2)) {
            return ENGLISH;
        }
        if (share >= 0.3 && latinWords >= 3) {
            return MIXED;
        }
        return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }
}
