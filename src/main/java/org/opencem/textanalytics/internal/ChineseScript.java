package org.opencem.textanalytics.internal;

import com.hankcs.hanlp.HanLP;

/**
 * Character tables between Traditional and Simplified Chinese, built once from HanLP's
 * dictionaries so that per-text conversion and script counting are a table lookup per char
 * (HanLP's phrase-level converter costs far more than the classifier itself).
 */
final class ChineseScript {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final char[] TO_SIMPLIFIED = new char[LAST - FIRST + 1];
    /** Chars that exist only in Simplified script: their Traditional form differs. */
    private static final boolean[] SIMPLIFIED_ONLY = new boolean[LAST - FIRST + 1];

    static {
        // convert char by char: a phrase-level run over the whole range would merge neighbours
        for (int c = FIRST; c <= LAST; c++) {
            String single = String.valueOf((char) c);
            String simplified = HanLP.convertToSimplifiedChinese(single);
            TO_SIMPLIFIED[c - FIRST] = simplified.length() == 1 ? simplified.charAt(0) : (char) c;
            if (TO_SIMPLIFIED[c - FIRST] == c) {
                String traditional = HanLP.convertToTraditionalChinese(single);
                SIMPLIFIED_ONLY[c - FIRST] = traditional.length() == 1 && traditional.charAt(0) != c;
            }
        }
    }

    private ChineseScript() {
    }

    static boolean isHan(char c) {
        return c >= FIRST && c <= LAST;
    }

    static char toSimplified(char c) {
        return isHan(c) ? TO_SIMPLIFIED[c - FIRST] : c;
    }

    static boolean isTraditionalOnly(char c) {
        return isHan(c) && TO_SIMPLIFIED[c - FIRST] != c;
    }

    static boolean isSimplifiedOnly(char c) {
        return isHan(c) && SIMPLIFIED_ONLY[c - FIRST];
    }

    static String toSimplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = toSimplified(chars[i]);
        }
        return new String(chars);
    }
}
