package org.opencem.actions.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.opencem.feedback.FeedbackRecord;

/**
 * Keywords in a comment, case-insensitive. A Chinese keyword matches anywhere (Chinese has no
 * spaces between words); a Latin one only as a whole word, so "rude" does not match "prudent".
 */
final class Keywords {

    private Keywords() {
    }

    static Predicate<FeedbackRecord> matcher(List<String> words, boolean all) {
        String[] lowered = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return r -> {
            if (r.comment() == null || r.comment().isEmpty()) {
                return false;
            }
            String text = r.comment().toLowerCase(Locale.ROOT);
            for (String word : lowered) {
                if (contains(text, word) != all) {
                    return !all;
                }
            }
            return all;
        };
    }

    static boolean contains(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (!latin(word.charAt(0)) || (boundary(text, at - 1) && boundary(text, at + word.length()))) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !latin(text.charAt(index));
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
