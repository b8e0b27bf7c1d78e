package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into clauses, the unit that carries one opinion: at sentence ends, at commas and
 * semicolons, and before contrast words ("但", "but"), so "菜很好吃，服务太慢" gives two.
 */
final class SentenceSplitter {

    private static final String ENDS = "。！？!?；;\n…~～";
    private static final String COMMAS = "，,、";
    private static final String[] CONTRASTS_ZH = {"但是", "可是", "不过", "然而", "但"};
    private static final String[] CONTRASTS_EN = {" but ", " however ", " although ", " though "};
    /** Pieces shorter than this stay with their neighbour: "好，" is no clause of its own. */
    private static final int SHORTEST = 2;

    private SentenceSplitter() {
    }

    static List<String> split(String cleaned) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int length = cleaned.length();
        for (int i = 0; i < length; i++) {
            char c = cleaned.charAt(i);
            if (current.length() > 0 && startsContrast(cleaned, i)) {
                flush(pieces, current);
            }
            current.append(c);
            boolean end = ENDS.indexOf(c) >= 0 || COMMAS.indexOf(c) >= 0
                    || (c == '.' && (i + 1 == length || cleaned.charAt(i + 1) == ' ' || cleaned.charAt(i + 1) == '\n'));
            if (end) {
                while (i + 1 < length && (ENDS.indexOf(cleaned.charAt(i + 1)) >= 0 || cleaned.charAt(i + 1) == '.')) {
                    current.append(cleaned.charAt(++i));
                }
                flush(pieces, current);
            }
        }
        flush(pieces, current);
        return pieces;
    }

    private static boolean startsContrast(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (COMMAS.indexOf(before) >= 0 || ENDS.indexOf(before) >= 0) {
            return false;
        }
        for (String word : CONTRASTS_ZH) {
            if (text.startsWith(word, i) && ChineseScript.isHan(before)) {
                return !text.startsWith("但愿", i);
            }
        }
        for (String word : CONTRASTS_EN) {
            if (before == ' ' && text.regionMatches(true, i - 1, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<String> pieces, StringBuilder current) {
        String piece = current.toString().strip();
        current.setLength(0);
        if (piece.isEmpty()) {
            return;
        }
        if (meaningfulLength(piece) < SHORTEST && !pieces.isEmpty()) {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + piece);
        } else {
            pieces.add(piece);
        }
    }

    private static int meaningfulLength(String piece) {
        int n = 0;
        for (int i = 0; i < piece.length(); i++) {
            n += Character.isLetterOrDigit(piece.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
