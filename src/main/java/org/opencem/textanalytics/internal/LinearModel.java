package org.opencem.textanalytics.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A linear classifier over hashed features: logistic regression for two labels, softmax for
 * more. Feature values are binary, scaled by 1/√(number of features) so long and short texts
 * weigh alike; for two labels the naive-Bayes log-count ratios are folded into the weights
 * at training time, so prediction is one sum per text either way.
 */
final class LinearModel {

    private static final int MAGIC = 0x0CE7_7E47;

    private final List<String> labels;
    private final int dimension;
    /** For two labels one row (positive is labels[1]); else one row per label. Bias at index dimension. */
    private final float[] weights;

    LinearModel(List<String> labels, int dimension, float[] weights) {
        this.labels = List.copyOf(labels);
        this.dimension = dimension;
        this.weights = weights;
    }

    List<String> labels() {
        return labels;
    }

    int dimension() {
        return dimension;
    }

    private int rows() {
        return labels.size() == 2 ? 1 : labels.size();
    }

    /** Probabilities per label, in the order of {@link #labels()}. */
    double[] probabilities(int[] features) {
        double scale = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
        int stride = dimension + 1;
        if (rows() == 1) {
            double s = weights[dimension];
            double sum = 0;
            for (int f : features) {
                sum += weights[f];
            }
            double p = 1 / (1 + Math.exp(-(s + sum * scale)));
            return new double[] {1 - p, p};
        }
        double[] scores = new double[rows()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scores.length; k++) {
            int base = k * stride;
            double sum = 0;
            for (int f : features) {
                sum += weights[base + f];
            }
            scores[k] = weights[base + dimension] + sum * scale;
            max = Math.max(max, scores[k]);
        }
        double total = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            total += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= total;
        }
        return scores;
    }

    int predict(int[] features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            out.writeInt(dimension);
            out.writeInt(weights.length);
            for (float w : weights) {
                out.writeFloat(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static LinearModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a text model");
            }
            String[] labels = new String[in.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUTF();
            }
            int dimension = in.readInt();
            float[] weights = new float[in.readInt()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            return new LinearModel(List.of(labels), dimension, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Training settings; the defaults are the ones the evaluation settled on. */
    record Settings(int epochs, double learningRate, double l2, double nbSmoothing, long seed) {
        static final Settings DEFAULT = new Settings(8, 0.1, 1e-5, 1.0, 42);
    }

    /** Trains on feature vectors (sorted unique indices) with label indices into {@code labels}. */
    static LinearModel train(List<String> labels, int dimension, List<int[]> examples, int[] targets, Settings settings) {
        int rows = labels.size() == 2 ? 1 : labels.size();
        int stride = dimension + 1;
        float[] w = new float[rows * stride];
        float[] squares = new float[rows * stride];
        float[] ratios = rows == 1 ? naiveBayesRatios(dimension, examples, targets, settings.nbSmoothing()) : null;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(settings.seed());
        double[] gradient = new double[rows];
        double[] scores = new double[rows];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int index : order) {
                int[] x = examples.get(index);
                double scale = x.length == 0 ? 0 : 1 / Math.sqrt(x.length);
                if (rows == 1) {
                    double s = w[dimension];
                    for (int f : x) {
                        s += w[f] * (ratios == null ? 1 : ratios[f]) * scale;
                    }
                    gradient[0] = 1 / (1 + Math.exp(-s)) - (targets[index] == 1 ? 1 : 0);
                } else {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < rows; k++) {
                        int base = k * stride;
                        double s = w[base + dimension];
                        for (int f : x) {
                            s += w[base + f] * scale;
                        }
                        scores[k] = s;
                        max = Math.max(max, s);
                    }
                    double total = 0;
                    for (int k = 0; k < rows; k++) {
                        scores[k] = Math.exp(scores[k] - max);
                        total += scores[k];
                    }
                    for (int k = 0; k < rows; k++) {
                        gradient[k] = scores[k] / total - (targets[index] == k ? 1 : 0);
                    }
                }
                for (int k = 0; k < rows; k++) {
                    double g = gradient[k];
                    int base = k * stride;
                    for (int f : x) {
                        double value = scale * (ratios == null ? 1 : ratios[f]);
                        int at = base + f;
                        double step = g * value + settings.l2() * w[at];
                        squares[at] += (float) (step * step);
                        w[at] -= (float) (settings.learningRate() * step / Math.sqrt(squares[at] + 1e-8));
                    }
                    int bias = base + dimension;
                    squares[bias] += (float) (g * g);
                    w[bias] -= (float) (settings.learningRate() * g / Math.sqrt(squares[bias] + 1e-8));
                }
            }
        }
        if (ratios != null) {
            for (int f = 0; f < dimension; f++) {
                w[f] *= ratios[f];
            }
        }
        return new LinearModel(labels, dimension, w);
    }

    /** log((p_f / |p|) / (q_f / |q|)) with additive smoothing: how much more often f is in positives. */
    private static float[] naiveBayesRatios(int dimension, List<int[]> examples, int[] targets, double alpha) {
        double[] positive = new double[dimension];
        double[] negative = new double[dimension];
        double positiveTotal = alpha * dimension;
        double negativeTotal = alpha * dimension;
        for (int i = 0; i < examples.size(); i++) {
            boolean isPositive = targets[i] == 1;
            for (int f : examples.get(i)) {
                if (isPositive) {
                    positive[f]++;
                    positiveTotal++;
                } else {
                    negative[f]++;
                    negativeTotal++;
                }
            }
        }
        float[] ratios = new float[dimension];
        for (int f = 0; f < dimension; f++) {
            ratios[f] = (float) (Math.log((positive[f] + alpha) / positiveTotal) - Math.log((negative[f] + alpha) / negativeTotal));
        }
        return ratios;
    }
}
