package org.opencem.textanalytics.internal;

import java.util.ArrayList;
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

    private final FeatureHasher hasher;
    private final LinearModel model;

    private TextClassifier(LinearModel model) {
        this.hasher = new FeatureHasher(model.dimension());
        this.model = model;
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
            features.add(hasher.features(TextNormalizer.forModel(TextNormalizer.clean(example.text()))));
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
        return model.probabilities(hasher.features(TextNormalizer.forModel(cleaned)));
    }

    private int[] features(String raw) {
        return hasher.features(TextNormalizer.forModel(TextNormalizer.clean(raw)));
    }
}
