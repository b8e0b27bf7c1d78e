package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Finds which of many keywords occur in a text in one pass (Aho-Corasick). Chinese keywords
 * match anywhere; Latin ones only as whole words, so "rat" is not found in "great".
 * Keywords are normalized like the text ({@link TextNormalizer#forModel}).
 */
final class KeywordMatcher<T> {

    private final AhoCorasickDoubleArrayTrie<List<T>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    KeywordMatcher(Map<String, ? extends Iterable<T>> keywords) {
        TreeMap<String, List<T>> entries = new TreeMap<>();
        keywords.forEach((keyword, values) -> {
            String normalized = TextNormalizer.forModel(keyword.strip());
            if (!normalized.isEmpty()) {
                List<T> list = entries.computeIfAbsent(normalized, k -> new ArrayList<>());
                values.forEach(list::add);
            }
        });
        empty = entries.isEmpty();
        if (!empty) {
            trie.build(entries);
        }
    }

    /** The values of all keywords found, in the order of their first occurrence, without repeats. */
    Set<T> find(String text) {
        Set<T> found = new LinkedHashSet<>();
        if (empty || text.isEmpty()) {
            return found;
        }
        trie.parseText(text, (begin, end, values) -> {
            if (isWholeWord(text, begin, end)) {
                found.addAll(values);
            }
        });
        return found;
    }

    private static boolean isWholeWord(String text, int begin, int end) {
        boolean latinStart = isLatin(text.charAt(begin));
        boolean latinEnd = isLatin(text.charAt(end - 1));
        return (!latinStart || begin == 0 || !isLatin(text.charAt(begin - 1)))
                && (!latinEnd || end == text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
