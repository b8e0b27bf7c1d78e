package org.opencem.textanalytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.textanalytics.LabeledText;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.SentimentModels;
import org.opencem.textanalytics.TextCorrections;
import org.opencem.textanalytics.TextModelTraining;
import org.opencem.textanalytics.TrainingSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Retrains tenants' models from their own comments: scores label them, people's corrections
 * overrule the scores. A tenant with too few examples, or only one kind, keeps what it has.
 */
@Service
class ModelTraining implements TextModelTraining {

    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);
    /** Enough for a good model, little enough to train in seconds. */
    private static final int MOST_EXAMPLES = 100_000;
    private static final int FEWEST_TOPIC_EXAMPLES = 20;

    private final List<TrainingSource> sources;
    private final TextCorrections corrections;
    private final SentimentModels sentimentModels;
    private final ModelStore models;

    ModelTraining(List<TrainingSource> sources, TextCorrections corrections, SentimentModels sentimentModels, ModelStore models) {
        this.sources = sources;
        this.corrections = corrections;
        this.sentimentModels = sentimentModels;
        this.models = models;
    }

    @Override
    public Retrained retrain(UUID tenantId) {
        ModelInfo sentiment = trainSentiment(tenantId);
        ModelInfo topics = trainTopics(tenantId);
        return new Retrained(sentiment, topics);
    }

    private ModelInfo trainSentiment(UUID tenantId) {
        Map<String, String> corrected = new HashMap<>();
        corrections.all(tenantId, ModelInfo.SENTIMENT).forEach(c -> corrected.put(c.text(), c.label()));
        List<LabeledText> examples = new ArrayList<>();
        corrected.forEach((text, label) -> examples.add(new LabeledText(text, label)));
        for (TrainingSource source : sources) {
            for (LabeledText example : source.sentimentExamples(tenantId, MOST_EXAMPLES)) {
                String cleaned = TextNormalizer.clean(example.text());
                if (!cleaned.isEmpty() && !corrected.containsKey(cleaned)) {
                    examples.add(new LabeledText(cleaned, example.label()));
                }
            }
        }
        long labels = examples.stream().map(LabeledText::label).distinct().count();
        if (examples.size() < SentimentModels.MINIMUM_EXAMPLES || labels < 2) {
            return sentimentModels.current(tenantId);
        }
        return sentimentModels.train(tenantId, examples);
    }

    private ModelInfo trainTopics(UUID tenantId) {
        List<LabeledText> examples = corrections.all(tenantId, ModelInfo.TOPIC).stream()
                .map(c -> new LabeledText(c.text(), c.label())).toList();
        if (examples.size() < FEWEST_TOPIC_EXAMPLES || examples.stream().map(LabeledText::label).distinct().count() < 2) {
            return models.info(tenantId, ModelInfo.TOPIC);
        }
        return models.train(tenantId, ModelInfo.TOPIC, examples);
    }

    /** Nightly, for every tenant with comments; one instance runs it. */
    @Scheduled(cron = "${opencem.text.retrain-cron:0 30 3 * * *}")
    @SchedulerLock(name = "text-model-retrain", lockAtMostFor = "PT3H")
    void retrainAll() {
        for (TrainingSource source : sources) {
            for (UUID tenantId : source.tenantIds()) {
                try {
                    Retrained retrained = retrain(tenantId);
                    log.info("Retrained text models of tenant {}: {}", tenantId, retrained);
                } catch (RuntimeException e) {
                    log.error("Retraining the text models of tenant {} failed; it keeps its current ones", tenantId, e);
                }
            }
        }
    }
}
