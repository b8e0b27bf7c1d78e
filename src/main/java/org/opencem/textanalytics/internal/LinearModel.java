package org.opencem.textanalytics.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A linear classifier over hashed features: logistic regression for two labels, softmax for
 * more. Feature values are binary, scaled by 1/√(number of features) so long and short texts
 * weigh alike; for two labels the naive-Bayes log-count ratios are folded into the weights
 * at training time, so prediction is one sum per text either way. The weights of one feature
 * for all labels sit side by side, so a text costs one memory fetch per feature however many
 * labels there are; they are stored as bfloat16 (the upper half of a float), which keeps three
 * significant digits and halves the model.
 */
final class LinearModel {

    /** Changes whenever the features or the layout change, so an older model is never misread. */
    private static final int MAGIC = 0x0CE7_7E49;

    private final List<String> labels;
    private final int dimension;
    /** Weight of feature f for row k at f * rows + k; the biases follow at dimension * rows + k. */
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

    /** Rows of weights: one for two labels (positive is labels[1]), else one per label. */
    static int rows(int labelCount) {
        return labelCount == 2 ? 1 : labelCount;
    }

    /** Probabilities per label, in the order of {@link #labels()}. */
    double[] probabilities(int[] features) {
        int rows = rows(labels.size());
        double[] scores = new double[rows];
        scores(weights, rows, dimension, features, scale(features.length), scores);
        if (rows == 1) {
            double p = 1 / (1 + Math.exp(-scores[0]));
            return new double[] {1 - p, p};
        }
        softmax(scores);
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

    private static double scale(int featureCount) {
        return featureCount == 0 ? 0 : 1 / Math.sqrt(featureCount);
    }

    private static void scores(float[] w, int rows, int dimension, int[] features, double scale, double[] out) {
        if (rows == 1) {
            double sum = 0;
            for (int f : features) {
                sum += w[f];
            }
            out[0] = w[dimension] + sum * scale;
            return;
        }
        Arrays.fill(out, 0);
        for (int f : features) {
            int base = f * rows;
            for (int k = 0; k < rows; k++) {
                out[k] += w[base + k];
            }
        }
        int bias = dimension * rows;
        for (int k = 0; k < rows; k++) {
            out[k] = w[bias + k] + out[k] * scale;
        }
    }

    private static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            total += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= total;
        }
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
                out.writeShort(toBfloat16(w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IllegalArgumentException for bytes that are not a model of this format (for example
     *         one saved before the features changed)
     */
    static LinearModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a text model of the current format");
            }
            String[] labels = new String[in.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUTF();
            }
            int dimension = in.readInt();
            float[] weights = new float[in.readInt()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Float.intBitsToFloat(in.readUnsignedShort() << 16);
            }
            return new LinearModel(List.of(labels), dimension, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The float rounded to its nearest bfloat16 (ties to even). */
    static short toBfloat16(float value) {
        int bits = Float.floatToRawIntBits(value);
        int rounded = bits + 0x7FFF + ((bits >>> 16) & 1);
        return (short) (rounded >>> 16);
    }

    /** Training settings; the defaults are the ones the evaluation settled on. */
    record Settings(int epochs, double learningRate, double l2, double nbSmoothing, long seed) {
        static final Settings DEFAULT = new Settings(8, 0.1, 1e-5, 1.0, 42);
    }

    /** Trains on feature vectors (unique indices) with label indices into {@code labels}. */
    static LinearModel train(List<String> labels, int dimension, List<int[]> examples, int[] targets, Settings settings) {
        int rows = rows(labels.size());
        int size = (dimension + 1) * rows;
        float[] w = new float[size];
        float[] squares = new float[size];
        float[] ratios = rows == 1 ? naiveBayesRatios(dimension, examples, targets, settings.nbSmoothing()) : null;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] scores = new double[rows];
        double rate = settings.learningRate();
        double l2 = settings.l2();
        int bias = dimension * rows;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int index : order) {
                int[] x = examples.get(index);
                double scale = scale(x.length);
                if (rows == 1) {
                    double s = w[dimension];
                    for (int f : x) {
                        s += w[f] * ratios[f] * scale;
                    }
                    double g = 1 / (1 + Math.exp(-s)) - (targets[index] == 1 ? 1 : 0);
                    for (int f : x) {
                        double step = g * scale * ratios[f] + l2 * w[f];
                        squares[f] += (float) (step * step);
                        w[f] -= (float) (rate * step / Math.sqrt(squares[f] + 1e-8));
                    }
                    squares[dimension] += (float) (g * g);
                    w[dimension] -= (float) (rate * g / Math.sqrt(squares[dimension] + 1e-8));
                    continue;
                }
                scores(w, rows, dimension, x, scale, scores);
                softmax(scores);
                scores[targets[index]] -= 1; // now the gradient of each row's score
                for (int f : x) {
                    int base = f * rows;
                    for (int k = 0; k < rows; k++) {
                        int at = base + k;
                        double step = scores[k] * scale + l2 * w[at];
                        squares[at] += (float) (step * step);
                        w[at] -= (float) (rate * step / Math.sqrt(squares[at] + 1e-8));
                    }
                }
                for (int k = 0; k < rows; k++) {
                    squares[bias + k] += (float) (scores[k] * scores[k]);
                    w[bias + k] -= (float) (rate * scores[k] / Math.sqrt(squares[bias + k] + 1e-8));
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
