package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencem.textanalytics.LabeledText;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.SentenceInsight;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.SentimentModels;
import org.opencem.textanalytics.TextAnalytics;
import org.opencem.textanalytics.TextFlag;
import org.opencem.textanalytics.TextInsight;
import org.opencem.textanalytics.Topic;
import org.springframework.stereotype.Service;

/**
 * Analyses comments with the tenant's own sentiment and topic models when it has trained them,
 * the word-list baseline and the taxonomy's keywords always. Each clause gets its own
 * sentiment and topics, so a review that praises the food and blames the service shows both.
 */
@Service
class TextAnalyzer implements TextAnalytics, SentimentModels {

    /** Below this probability the topic classifier's guess is left out; keywords still count. */
    private static final double TOPIC_CONFIDENCE = 0.6;
    /** A binary model this unsure calls the text neutral. */
    private static final double NEUTRAL_BAND = 0.2;
    /** The clause after "but" / "但是" says what the customer is left with. */
    private static final double CONTRAST_WEIGHT = 1.5;
    private static final Set<String> SENTIMENT_LABELS = Set.of("positive", "neutral", "negative");

    private final ModelStore models;
    private final JdbcTaxonomy taxonomy;

    TextAnalyzer(ModelStore models, JdbcTaxonomy taxonomy) {
        this.models = models;
        this.taxonomy = taxonomy;
    }

    @Override
    public TextInsight analyze(UUID tenantId, String text) {
        return analyzeAll(tenantId, java.util.Collections.singletonList(text)).get(0);
    }

    @Override
    public List<TextInsight> analyzeAll(UUID tenantId, List<String> texts) {
        Context context = new Context(models.classifier(tenantId, ModelInfo.SENTIMENT),
                models.classifier(tenantId, ModelInfo.TOPIC), taxonomy.compiled(tenantId));
        List<TextInsight> insights = new ArrayList<>(texts.size());
        for (String text : texts) {
            insights.add(analyze(context, text));
        }
        return insights;
    }

    @Override
    public ModelInfo train(UUID tenantId, List<LabeledText> examples) {
        if (examples.size() < MINIMUM_EXAMPLES) {
            throw new IllegalArgumentException("A sentiment model needs at least " + MINIMUM_EXAMPLES + " examples, got " + examples.size());
        }
        List<String> unknown = examples.stream().map(LabeledText::label).filter(l -> !SENTIMENT_LABELS.contains(l)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Sentiment labels are positive, neutral or negative, not " + unknown);
        }
        return models.train(tenantId, ModelInfo.SENTIMENT, examples);
    }

    @Override
    public ModelInfo current(UUID tenantId) {
        return models.info(tenantId, ModelInfo.SENTIMENT);
    }

    private record Context(TextClassifier sentiment, TextClassifier topics, JdbcTaxonomy.Compiled taxonomy) {
    }

    private record Opinion(Sentiment label, double score) {
    }

    private TextInsight analyze(Context context, String text) {
        String cleaned = TextNormalizer.clean(text);
        if (cleaned.isEmpty()) {
            return new TextInsight(LanguageDetector.UNDETERMINED, Sentiment.NEUTRAL, 0, List.of(), List.of(), Set.of(), List.of());
        }
        String language = LanguageDetector.detect(cleaned);
        String modelText = TextNormalizer.forModel(cleaned);
        List<SentenceInsight> sentences = new ArrayList<>();
        double baselineSum = 0;
        for (String clause : SentenceSplitter.split(cleaned)) {
            String clauseModelText = TextNormalizer.forModel(clause);
            Opinion opinion;
            if (context.sentiment() != null) {
                opinion = fromModel(context.sentiment().probabilitiesOfClean(clause), context.sentiment().labels());
            } else {
                double raw = SentimentLexicon.clauseScore(clauseModelText);
                baselineSum += raw * (startsWithContrast(clauseModelText) ? CONTRAST_WEIGHT : 1);
                opinion = fromScore(SentimentLexicon.squash(raw));
            }
            sentences.add(new SentenceInsight(clause, opinion.label(), round(opinion.score()),
                    topics(context, clause, clauseModelText)));
        }
        Opinion overall = context.sentiment() != null
                ? fromModel(context.sentiment().probabilitiesOfClean(cleaned), context.sentiment().labels())
                : fromScore(SentimentLexicon.squash(baselineSum));
        Set<TextFlag> flags = ContentFlags.find(modelText);
        return new TextInsight(language, overall.label(), round(overall.score()), withParents(context, sentences),
                KeyPhrases.extract(cleaned, language), flags, sentences);
    }

    private static Opinion fromModel(double[] probabilities, List<String> labels) {
        int positive = labels.indexOf("positive");
        int negative = labels.indexOf("negative");
        int neutral = labels.indexOf("neutral");
        double score = (positive < 0 ? 0 : probabilities[positive]) - (negative < 0 ? 0 : probabilities[negative]);
        if (neutral >= 0) {
            int best = 0;
            for (int k = 1; k < probabilities.length; k++) {
                best = probabilities[k] > probabilities[best] ? k : best;
            }
            return new Opinion(Sentiment.valueOf(labels.get(best).toUpperCase(java.util.Locale.ROOT)), score);
        }
        return fromScore(score);
    }

    private static Opinion fromScore(double score) {
        Sentiment label = score > NEUTRAL_BAND ? Sentiment.POSITIVE : score < -NEUTRAL_BAND ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new Opinion(label, score);
    }

    private static boolean startsWithContrast(String clause) {
        return clause.startsWith("但") || clause.startsWith("可是") || clause.startsWith("不过") || clause.startsWith("然而")
                || clause.startsWith("but ") || clause.startsWith("however");
    }

    private static List<String> topics(Context context, String clause, String clauseModelText) {
        Set<String> found = new LinkedHashSet<>(context.taxonomy().keywords().find(clauseModelText));
        if (context.topics() != null) {
            double[] p = context.topics().probabilitiesOfClean(clause);
            for (int k = 0; k < p.length; k++) {
                String code = context.topics().labels().get(k);
                if (p[k] >= TOPIC_CONFIDENCE && context.taxonomy().byCode().containsKey(code)) {
                    found.add(code);
                }
            }
        }
        // a clause about "service.speed" need not list "service" as well
        List<String> specific = found.stream().filter(code -> found.stream().noneMatch(other -> other.startsWith(code + "."))).toList();
        return specific;
    }

    /** The sentences' topics, most specific first, followed by their parents for roll-ups. */
    private static List<String> withParents(Context context, List<SentenceInsight> sentences) {
        Set<String> found = new LinkedHashSet<>();
        sentences.forEach(s -> found.addAll(s.topics()));
        List<String> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt((String code) -> -depth(code)));
        Set<String> all = new LinkedHashSet<>(ordered);
        for (String code : ordered) {
            Topic topic = context.taxonomy().byCode().get(code);
            while (topic != null && topic.parentCode() != null) {
                all.add(topic.parentCode());
                topic = context.taxonomy().byCode().get(topic.parentCode());
            }
        }
        return List.copyOf(all);
    }

    private static int depth(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
