package org.opencem.textanalytics.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.opencem.platform.CsvReader;
import org.opencem.textanalytics.LabeledText;

/**
 * The evaluation command behind {@code scripts/text-eval}: trains the product's classifier on a
 * labelled CSV or TSV file and reports accuracy, macro-F1, per-class precision and recall,
 * training time, throughput and model size on a test file or a held-out split.
 */
public final class TextEvaluation {

    private static final List<String> TEXT_COLUMNS = List.of("text", "review", "text_a", "sentence", "content", "comment");

    private TextEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        if (!options.containsKey("train")) {
            System.err.println("""
                    usage: text-eval --train FILE [--test FILE | --split 0.8 [--seed 42]]
                                     [--text-column C] [--label-column L]""");
            System.exit(2);
        }
        String labelColumn = options.getOrDefault("label-column", "label");
        String textColumn = options.get("text-column");
        List<LabeledText> train = read(Path.of(options.get("train")), textColumn, labelColumn);
        List<LabeledText> test;
        if (options.containsKey("test")) {
            test = read(Path.of(options.get("test")), textColumn, labelColumn);
        } else {
            double share = Double.parseDouble(options.getOrDefault("split", "0.8"));
            List<LabeledText> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(Long.parseLong(options.getOrDefault("seed", "42"))));
            int cut = (int) Math.round(shuffled.size() * share);
            train = shuffled.subList(0, cut);
            test = shuffled.subList(cut, shuffled.size());
        }
        Set<String> raw = new TreeSet<>();
        train.forEach(t -> raw.add(t.label()));
        test.forEach(t -> raw.add(t.label()));
        Map<String, String> names = labelNames(raw);
        train = relabel(train, names);
        test = relabel(test, names);
        System.out.printf(Locale.ROOT, "mode: %s; labels: %s; train %,d, test %,d%n",
                names.values().stream().allMatch(TextEvaluation::isSentiment) ? "sentiment" : "category",
                new TreeSet<>(names.values()), train.size(), test.size());

        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        TextClassifier classifier = TextClassifier.train(train);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        double trainCpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        byte[] model = classifier.toBytes();

        List<String> labels = classifier.labels();
        int[][] confusion = new int[labels.size()][labels.size()];
        int correct = 0;
        for (LabeledText example : test) {
            String predicted = classifier.classify(example.text());
            int truth = labels.indexOf(example.label());
            if (truth < 0) {
                continue;
            }
            confusion[truth][labels.indexOf(predicted)]++;
            correct += predicted.equals(example.label()) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "accuracy: %.2f%%%n", 100.0 * correct / test.size());
        double f1Sum = 0;
        StringBuilder perClass = new StringBuilder();
        for (int k = 0; k < labels.size(); k++) {
            int tp = confusion[k][k];
            int predicted = 0;
            int actual = 0;
            for (int j = 0; j < labels.size(); j++) {
                predicted += confusion[j][k];
                actual += confusion[k][j];
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perClass.append(String.format(Locale.ROOT, "  %-12s precision %6.2f%%  recall %6.2f%%  f1 %6.2f%%  n=%d%n",
                    labels.get(k), 100 * precision, 100 * recall, 100 * f1, actual));
        }
        System.out.printf(Locale.ROOT, "macro-F1: %.2f%%%n", 100 * f1Sum / labels.size());
        System.out.print(perClass);
        System.out.printf(Locale.ROOT, "training time: %.1f s (%.1f s of CPU)%n", trainSeconds, trainCpuSeconds);
        System.out.printf(Locale.ROOT, "throughput: %,.0f texts per CPU-second on one core (normalize + features + classify; mean %.0f chars)%n",
                throughput(classifier, test), test.stream().mapToInt(t -> t.text().length()).average().orElse(0));
        System.out.printf(Locale.ROOT, "model size: %.1f MB serialized%n", model.length / 1e6);
    }

    /**
     * Texts per second of this thread's CPU time, so the figure means "per core" even on a
     * machine shared with other work; wall-clock time would count the waits for a core too.
     */
    private static double throughput(TextClassifier classifier, List<LabeledText> test) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int blackhole = 0;
        for (int round = 0; round < 3; round++) {
            for (LabeledText t : test) {
                blackhole += classifier.classify(t.text()).length();
            }
        }
        long start = threads.getCurrentThreadCpuTime();
        long count = 0;
        while (threads.getCurrentThreadCpuTime() - start < 3_000_000_000L) {
            for (LabeledText t : test) {
                blackhole += classifier.classify(t.text()).length();
            }
            count += test.size();
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        return blackhole == 42 ? 0 : count / seconds;
    }

    private static boolean isSentiment(String label) {
        return label.equals("positive") || label.equals("negative") || label.equals("neutral");
    }

    /** 0/1 → negative/positive, 0/1/2 → negative/neutral/positive; words are kept (pos/neg spelt out). */
    private static Map<String, String> labelNames(Set<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean numeric = raw.stream().allMatch(l -> l.matches("[0-2]"));
        for (String label : raw) {
            String lower = label.toLowerCase(Locale.ROOT);
            names.put(label, numeric
                    ? (label.equals("0") ? "negative" : label.equals("2") || !raw.contains("2") ? "positive" : "neutral")
                    : switch (lower) {
                        case "pos", "positive" -> "positive";
                        case "neg", "negative" -> "negative";
                        case "neu", "neutral" -> "neutral";
                        default -> label;
                    });
        }
        return names;
    }

    private static List<LabeledText> relabel(List<LabeledText> examples, Map<String, String> names) {
        return examples.stream().map(t -> new LabeledText(t.text(), names.get(t.label()))).toList();
    }

    static List<LabeledText> read(Path file, String textColumn, String labelColumn) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        boolean tabs = file.toString().endsWith(".tsv") || content.lines().findFirst().orElse("").contains("\t");
        if (tabs) {
            content.lines().forEach(line -> rows.add(List.of(line.split("\t", -1))));
        } else {
            CsvReader.parse(content).forEach(row -> rows.add(row.fields()));
        }
        List<String> header = rows.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        int label = header.indexOf(labelColumn);
        int text = textColumn != null ? header.indexOf(textColumn)
                : TEXT_COLUMNS.stream().mapToInt(header::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
        if (label < 0 || text < 0) {
            throw new IllegalArgumentException(file + ": no column " + (label < 0 ? labelColumn : "of text " + TEXT_COLUMNS)
                    + " in header " + header);
        }
        List<LabeledText> examples = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(label, text) && !row.get(label).isBlank() && !row.get(text).isBlank()) {
                examples.add(new LabeledText(row.get(text), row.get(label).trim()));
            }
        }
        return examples;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return options;
    }
}
