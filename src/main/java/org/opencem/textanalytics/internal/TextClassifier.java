package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.opencem.textanalytics.LabeledText;

/**
 * The product's one learned text classifier, for sentiment and for topics alike: hashed unit
 * n-grams of the normalized text into a {@link LinearModel}. The evaluation command trains
 * exactly this.
 */
public final class TextClassifier {

    /**
     * Hashed features of a binary model: more buckets stopped paying off on the evaluation sets,
     * and the weights (16 MB as floats) are read at random, so fewer stay closer to the cache.
     */
    private static final int MAX_DIMENSION = 1 << 22;
    /**
     * Weights of a model with many labels: 2^19 features × 10 labels keeps a ten-topic model
     * apart where 2^18 made topics collide (89.9% → 90.1% on ten product categories), and as
     * bfloat16 it is ≈ 8 MB serialized.
     */
    private static final int WEIGHT_BUDGET = 1 << 23;

    /** How many features each lexicon finding counts as (see {@link #features(FeatureHasher, String, boolean)}). */
    private static final int LEXICON_WEIGHT = 8;

    private final FeatureHasher hasher;
    private final LinearModel model;
    private final boolean sentiment;

    private TextClassifier(LinearModel model) {
        this.hasher = new FeatureHasher(model.dimension());
        this.model = model;
        this.sentiment = model.labels().size() == 2;
    }

    public static TextClassifier train(List<LabeledText> examples) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(LabeledText::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("Training needs examples of at least two labels, got " + labels);
        }
        int rows = LinearModel.rows(labels.size());
        int dimension = Math.min(MAX_DIMENSION, Integer.highestOneBit(WEIGHT_BUDGET / rows));
        FeatureHasher hasher = new FeatureHasher(dimension);
        List<int[]> features = new ArrayList<>(examples.size());
        int[] targets = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            LabeledText example = examples.get(i);
            features.add(features(hasher, TextNormalizer.forModel(TextNormalizer.clean(example.text())), labels.size() == 2));
            targets[i] = labels.indexOf(example.label());
        }
        return new TextClassifier(LinearModel.train(labels, dimension, features, targets, LinearModel.Settings.DEFAULT));
    }

    public static TextClassifier fromBytes(byte[] bytes) {
        return new TextClassifier(LinearModel.fromBytes(bytes));
    }

    public byte[] toBytes() {
        return model.toBytes();
    }

    public List<String> labels() {
        return model.labels();
    }

    /** The most likely label of a raw text. */
    public String classify(String text) {
        return model.labels().get(model.predict(features(text)));
    }

    /** Probabilities per label (order of {@link #labels()}) of a text already cleaned by the normalizer. */
    double[] probabilitiesOfClean(String cleaned) {
        return model.probabilities(features(hasher, TextNormalizer.forModel(cleaned), sentiment));
    }

    private int[] features(String raw) {
        return features(hasher, TextNormalizer.forModel(TextNormalizer.clean(raw)), sentiment);
    }

    /**
     * The text's unit n-grams plus, for a sentiment model (two labels) and text with English
     * words, what the baseline lexicon finds: how many praising and complaining words (1, 2, 3+),
     * how many of each a negation turned, and the lexicon's score in nine steps. So words too
     * rare in the training set still carry their polarity. Each enters {@link #LEXICON_WEIGHT}
     * times under different names: as single features among a text's many n-grams, scaled by
     * 1/√n, they weighed too little to matter (SST-2: 83.1% → 83.5% once, 85.4% eightfold).
     * Chinese text keeps its n-grams alone: the Chinese lexicon added nothing there and cost
     * two thirds of the throughput.
     */
    private static int[] features(FeatureHasher hasher, String normalized, boolean sentiment) {
        int[] units = hasher.features(normalized);
        if (!sentiment) {
            return units;
        }
        SentimentLexicon.Opinions opinions = SentimentLexicon.englishOpinions(normalized);
        if (opinions.englishWords == 0) {
            return units;
        }
        List<String> names = new ArrayList<>(13);
        countFeatures(names, "lexicon positive ", opinions.positive);
        countFeatures(names, "lexicon negative ", opinions.negative);
        countFeatures(names, "lexicon negated positive ", opinions.negatedPositive);
        countFeatures(names, "lexicon negated negative ", opinions.negatedNegative);
        names.add("lexicon score " + Math.round(SentimentLexicon.squash(opinions.sum) * 4));
        int[] out = Arrays.copyOf(units, units.length + names.size() * LEXICON_WEIGHT);
        int n = units.length;
        for (String name : names) {
            for (int copy = 0; copy < LEXICON_WEIGHT; copy++) {
                out[n++] = hasher.named(name + " #" + copy);
            }
        }
        return out;
    }

    private static void countFeatures(List<String> names, String prefix, int count) {
        for (int k = 1; k <= Math.min(count, 3); k++) {
            names.add(prefix + k);
        }
    }
}
