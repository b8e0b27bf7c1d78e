package org.opencem.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Turns what someone typed into the terms a comment must all contain, and marks them in a text.
 * Chinese has no spaces, so "出餐太慢" is segmented into words (出餐, 慢) and a comment saying
 * "出餐速度很慢" is found; degree words and particles (太, 很, 的) are left out. Matching is by
 * substring, so it runs the same on H2 and PostgreSQL without a full-text index.
 */
public final class SearchTerms {

    private static final Set<String> FILLERS = Set.of("的", "了", "得", "地", "很", "太", "也", "都", "还", "就", "又", "吗",
            "呢", "啊", "吧", "呀", "非常", "特别", "真", "真的", "有点", "一点", "比较", "and", "or", "the", "a", "is", "of");

    private static final String DEGREE = "太很挺蛮";

    private SearchTerms() {
    }

    /** A piece of a text, marked when it is a matched term. */
    public record Fragment(String text, boolean match) {
    }

    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String part : query.strip().toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}，。！？、；：“”‘’（）《》]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.codePoints().noneMatch(SearchTerms::isHan)) {
                terms.add(part);
                continue;
            }
            StringBuilder singles = new StringBuilder();
            for (Term term : HanLP.segment(part)) {
                String word = withoutDegree(term.word.strip());
                if (term.word.strip().length() == 1 && !FILLERS.contains(word) && !describes(term)) {
                    singles.append(word);
                    continue;
                }
                flush(singles, terms);
                if (!word.isEmpty() && !FILLERS.contains(word)) {
                    terms.add(word);
                }
            }
            flush(singles, terms);
        }
        if (terms.isEmpty()) {
            terms.add(query.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(terms);
    }

    /**
     * The segmenter cuts rare compounds into characters (出餐 → 出, 餐); joined again they find the
     * compound, where single characters would find almost anything. "出餐慢" stays 出餐 + 慢.
     */
    private static void flush(StringBuilder singles, Set<String> terms) {
        if (!singles.isEmpty()) {
            terms.add(singles.toString());
            singles.setLength(0);
        }
    }

    /** Adjectives and adverbs ("慢") are words of their own, not part of a noun cut apart. */
    private static boolean describes(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        return nature.startsWith("a") || nature.startsWith("d");
    }

    /** "太慢" and "很慢" both mean a comment saying 慢. */
    private static String withoutDegree(String word) {
        return word.length() == 2 && DEGREE.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    }

    /** The text cut into fragments, the terms (in any case) marked. */
    public static List<Fragment> highlight(String text, List<String> terms) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String term : terms) {
            for (int at = lower.indexOf(term); at >= 0 && !term.isEmpty(); at = lower.indexOf(term, at + term.length())) {
                for (int i = at; i < at + term.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        List<Fragment> fragments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                fragments.add(new Fragment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return fragments;
    }

    /** A LIKE pattern finding the term anywhere, its wildcards taken literally. */
    static String containing(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
