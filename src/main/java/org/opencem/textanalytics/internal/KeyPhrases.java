package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The few phrases that say what a comment is about: in Chinese, nouns from HanLP's segmentation
 * with the adjective that judges them ("味道不错", "服务员"); in English, runs of content words
 * ("cold fries", "waiter"). Phrases that judge come first, then by frequency.
 */
final class KeyPhrases {

    static final int MAX = 5;
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false).enablePartOfSpeechTagging(true));
    private static final Set<String> ZH_STOP_NOUNS = Set.of("东西", "时候", "感觉", "问题", "地方", "事情", "大家", "情况",
            "有点", "一下", "朋友", "总体", "整体", "以后", "下次", "一次", "这次", "今天", "昨天");
    private static final Set<String> EN_STOP = Set.of("the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be",
            "been", "it", "its", "it's", "this", "that", "these", "those", "i", "we", "you", "they", "he", "she", "my", "our",
            "your", "their", "me", "us", "them", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as", "so", "too",
            "very", "really", "not", "no", "never", "just", "also", "there", "here", "have", "has", "had", "do", "does", "did",
            "would", "could", "should", "will", "can", "all", "any", "some", "more", "most", "much", "many", "what", "which",
            "who", "when", "where", "why", "how", "if", "then", "than", "again", "one", "get", "got", "go", "went", "came",
            "come", "place", "time", "even", "only", "about", "after", "before", "because", "though", "still", "don't",
            "didn't", "wasn't", "isn't", "n't", "im", "i'm", "ve", "ll", "re", "s", "t", "like", "well", "back", "out", "up");

    private KeyPhrases() {
    }

    static List<String> extract(String cleaned, String language) {
        Map<String, Integer> judging = new LinkedHashMap<>();
        Map<String, Integer> plain = new LinkedHashMap<>();
        if (!LanguageDetector.ENGLISH.equals(language)) {
            chinese(cleaned, judging, plain);
        }
        if (!LanguageDetector.SIMPLIFIED.equals(language) && !LanguageDetector.TRADITIONAL.equals(language)) {
            english(cleaned, judging, plain);
        }
        List<String> phrases = new ArrayList<>();
        ranked(judging).forEach(p -> add(phrases, p));
        ranked(plain).forEach(p -> add(phrases, p));
        return phrases.size() > MAX ? phrases.subList(0, MAX) : phrases;
    }

    private static void add(List<String> phrases, String phrase) {
        boolean covered = phrases.stream().anyMatch(p -> p.contains(phrase));
        if (!covered) {
            phrases.add(phrase);
        }
    }

    private static List<String> ranked(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // stable: equal counts keep the order of first occurrence
        entries.sort((a, b) -> b.getValue() - a.getValue());
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private static void chinese(String cleaned, Map<String, Integer> judging, Map<String, Integer> plain) {
        List<Term> terms = SEGMENT.get().seg(cleaned.length() > 1000 ? cleaned.substring(0, 1000) : cleaned);
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (!isNoun(term) || term.word.length() < 2 || ZH_STOP_NOUNS.contains(term.word)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(term.word);
            int j = i + 1;
            while (j < terms.size() && j - i <= 3 && terms.get(j).nature.startsWith("d")) {
                phrase.append(terms.get(j++).word);
            }
            if (j < terms.size() && terms.get(j).nature.startsWith("a") && phrase.length() + terms.get(j).word.length() <= 8) {
                phrase.append(terms.get(j).word);
                judging.merge(phrase.toString(), 1, Integer::sum);
            } else {
                plain.merge(term.word, 1, Integer::sum);
            }
        }
    }

    private static boolean isNoun(Term term) {
        String nature = term.nature.toString();
        return nature.startsWith("n") && !nature.equals("nx") || nature.equals("vn");
    }

    private static void english(String cleaned, Map<String, Integer> judging, Map<String, Integer> plain) {
        String[] tokens = cleaned.toLowerCase(java.util.Locale.ROOT).split("[^a-z'\\-]+");
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            String token = i < tokens.length ? tokens[i] : "";
            boolean content = token.length() >= 3 && !EN_STOP.contains(token);
            if (content) {
                run.add(token);
                continue;
            }
            if (run.size() >= 2) {
                String phrase = String.join(" ", run.size() > 3 ? run.subList(0, 3) : run);
                judging.merge(phrase, 1, Integer::sum);
            } else if (run.size() == 1 && run.get(0).length() >= 4) {
                plain.merge(run.get(0), 1, Integer::sum);
            }
            run.clear();
        }
    }
}
