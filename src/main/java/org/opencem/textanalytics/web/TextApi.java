package org.opencem.textanalytics.web;

import java.util.List;
import java.util.UUID;

import org.opencem.platform.CurrentUser;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.SentimentModels;
import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.TextAnalytics;
import org.opencem.textanalytics.TextCorrections;
import org.opencem.textanalytics.TextInsight;
import org.opencem.textanalytics.TextModelTraining;
import org.opencem.textanalytics.Topic;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Text analytics over JSON: analyse a text, the sentiment model and its retraining, the taxonomy, corrections. */
@RestController
@RequestMapping("/api/v1/text")
@Tag(name = "Text analytics")
class TextApi {

    record AnalyzeRequest(String text) {
    }

    record CorrectionRequest(UUID subjectId, String kind, String label) {
    }

    private final TextAnalytics analytics;
    private final SentimentModels sentimentModels;
    private final TextModelTraining training;
    private final Taxonomy taxonomy;
    private final TextCorrections corrections;

    TextApi(TextAnalytics analytics, SentimentModels sentimentModels, TextModelTraining training, Taxonomy taxonomy,
            TextCorrections corrections) {
        this.analytics = analytics;
        this.sentimentModels = sentimentModels;
        this.training = training;
        this.taxonomy = taxonomy;
        this.corrections = corrections;
    }

    @PostMapping("/analyze")
    @Operation(summary = "Analyse a text with the tenant's models: language, sentiment per sentence, topics, key phrases, flags")
    TextInsight analyze(CurrentUser me, @RequestBody AnalyzeRequest request) {
        return analytics.analyze(me.tenantId(), request.text());
    }

    @GetMapping("/models/sentiment")
    @Operation(summary = "The sentiment model in use: the baseline or the tenant's trained one, with its held-out accuracy")
    ModelInfo sentimentModel(CurrentUser me) {
        return sentimentModels.current(me.tenantId());
    }

    @PostMapping("/models/retrain")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Retrain the tenant's sentiment and topic models from its comments' scores and people's corrections")
    TextModelTraining.Retrained retrain(CurrentUser me) {
        return training.retrain(me.tenantId());
    }

    @GetMapping("/topics")
    @Operation(summary = "The tenant's topic taxonomy, parents before children")
    List<Topic> topics(CurrentUser me) {
        return taxonomy.topics(me.tenantId());
    }

    @PutMapping("/topics/{code}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Add or change a topic; its parent is the code without its last word")
    Topic saveTopic(CurrentUser me, @PathVariable String code, @RequestBody Topic topic) {
        return taxonomy.save(me.tenantId(), new Topic(code, null, topic.nameZh(), topic.nameEn(), topic.keywordsZh(), topic.keywordsEn()));
    }

    @DeleteMapping("/topics/{code}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Operation(summary = "Delete a topic with its sub-topics")
    ResponseEntity<Void> deleteTopic(CurrentUser me, @PathVariable String code) {
        taxonomy.delete(me.tenantId(), code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/corrections")
    @Operation(summary = "Correct a comment's sentiment (kind SENTIMENT, label positive/neutral/negative) or topic (kind TOPIC, label a topic code)")
    TextCorrections.Correction correct(CurrentUser me, @RequestBody CorrectionRequest request) {
        return corrections.correct(me, request.subjectId(), request.kind(), request.label());
    }
}
