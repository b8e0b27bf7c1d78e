package org.opencem.textanalytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.opencem.textanalytics.LabeledText;
import org.opencem.textanalytics.ModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trains, stores and hands out tenants' own models. Loaded models are kept in memory and
 * checked against the stored training time at most every few seconds, so every instance picks
 * up a model trained elsewhere.
 */
@Component
class ModelStore {

    private static final Logger log = LoggerFactory.getLogger(ModelStore.class);

    private static final Duration RECHECK = Duration.ofSeconds(10);
    private static final double HELD_OUT_SHARE = 0.2;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    ModelStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Loaded(ModelInfo info, TextClassifier classifier, long checkedAtNanos) {
    }

    /**
     * Trains on four fifths to measure accuracy on the fifth held out, then on everything for the
     * model that is kept.
     */
    ModelInfo train(UUID tenantId, String kind, List<LabeledText> examples) {
        List<LabeledText> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(tenantId.getLeastSignificantBits()));
        int cut = (int) Math.round(shuffled.size() * (1 - HELD_OUT_SHARE));
        List<LabeledText> train = shuffled.subList(0, cut);
        List<LabeledText> heldOut = shuffled.subList(cut, shuffled.size());
        Double accuracy = null;
        if (!heldOut.isEmpty() && train.stream().map(LabeledText::label).distinct().count() >= 2) {
            TextClassifier trial = TextClassifier.train(train);
            long correct = heldOut.stream().filter(t -> trial.classify(t.text()).equals(t.label())).count();
            accuracy = (double) correct / heldOut.size();
        }
        TextClassifier classifier = TextClassifier.train(shuffled);
        OffsetDateTime now = OffsetDateTime.now(clock);
        byte[] bytes = classifier.toBytes();
        int updated = jdbc.sql("""
                        update text_model set model = ?, trained_at = ?, examples = ?, held_out_accuracy = ?
                        where tenant_id = ? and kind = ?""")
                .params(bytes, now, examples.size(), accuracy, tenantId, kind).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into text_model (tenant_id, kind, model, trained_at, examples, held_out_accuracy)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, kind, bytes, now, examples.size(), accuracy).update();
        }
        ModelInfo info = new ModelInfo(kind, true, examples.size(), accuracy, now);
        loaded.put(key(tenantId, kind), new Loaded(info, classifier, System.nanoTime()));
        return info;
    }

    ModelInfo info(UUID tenantId, String kind) {
        return jdbc.sql("select trained_at, examples, held_out_accuracy from text_model where tenant_id = ? and kind = ?")
                .params(tenantId, kind)
                .query((rs, i) -> new ModelInfo(kind, true, rs.getInt("examples"),
                        (Double) rs.getObject("held_out_accuracy", Double.class), rs.getObject("trained_at", OffsetDateTime.class)))
                .optional().orElse(ModelInfo.baseline(kind));
    }

    /** The tenant's model of that kind, or null when it has none. */
    TextClassifier classifier(UUID tenantId, String kind) {
        String key = key(tenantId, kind);
        Loaded current = loaded.get(key);
        if (current != null && System.nanoTime() - current.checkedAtNanos() < RECHECK.toNanos()) {
            return current.classifier();
        }
        ModelInfo stored = info(tenantId, kind);
        if (!stored.trained()) {
            loaded.put(key, new Loaded(stored, null, System.nanoTime()));
            return null;
        }
        if (current != null && current.classifier() != null && stored.trainedAt().isEqual(current.info().trainedAt())) {
            loaded.put(key, new Loaded(current.info(), current.classifier(), System.nanoTime()));
            return current.classifier();
        }
        byte[] bytes = jdbc.sql("select model from text_model where tenant_id = ? and kind = ?")
                .params(tenantId, kind).query(byte[].class).single();
        TextClassifier classifier;
        try {
            classifier = TextClassifier.fromBytes(bytes);
        } catch (IllegalArgumentException olderFormat) {
            // saved before the features changed: the baseline answers until the next retraining replaces it
            log.warn("The {} model of tenant {} is of an older format; using the baseline until it is retrained", kind, tenantId);
            classifier = null;
        }
        loaded.put(key, new Loaded(stored, classifier, System.nanoTime()));
        return classifier;
    }

    private static String key(UUID tenantId, String kind) {
        return tenantId + "/" + kind;
    }
}
