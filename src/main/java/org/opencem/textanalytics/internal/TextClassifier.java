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

    /** Total weights kept, so a model with many labels stays as small as a binary one (≈ 16 MB). */
    private static final int WEIGHT_BUDGET = 1 << 22;

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
        int rows = labels.size() == 2 ? 1 : labels.size();
        int dimension = Integer.highestOneBit(WEIGHT_BUDGET / rows);
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
