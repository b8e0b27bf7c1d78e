package org.opencem.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OpenCemTest
class TextAnalyticsTest {

    @Autowired
    TextAnalytics analytics;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    SentimentModels sentimentModels;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMixedReviewShowsPraiseAndComplaintSentenceBySentence() {
        UUID tenant = fixtures.chain().tenant().id();
        TextInsight insight = analytics.analyze(tenant, "菜品味道很好，分量也足，但是服务员态度很差，上菜太慢了！");

        assertThat(insight.language()).isEqualTo("zh-Hans");
        assertThat(insight.sentences()).hasSize(4);
        SentenceInsight taste = insight.sentences().get(0);
        assertThat(taste.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(taste.topics()).contains("food.taste");
        SentenceInsight attitude = insight.sentences().get(2);
        assertThat(attitude.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(attitude.topics()).contains("service.attitude");
        assertThat(insight.sentences().get(3).topics()).contains("service.speed");
        assertThat(insight.topics()).contains("food.taste", "food.portion", "service.attitude", "service.speed", "food", "service");
        assertThat(insight.topics().indexOf("service")).isGreaterThan(insight.topics().indexOf("service.speed"));
        assertThat(insight.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(insight.keyPhrases()).isNotEmpty();
    }

    @Test
    void aModelSavedBeforeTheFeaturesChangedLeavesTheBaselineInCharge() throws Exception {
        UUID tenant = fixtures.chain().tenant().id();
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(older))) {
            out.writeInt(0x0CE7_7E47); // the float32, label-major format of before
            out.writeInt(2);
        }
        jdbc.sql("insert into text_model (tenant_id, kind, model, trained_at, examples) values (?, 'SENTIMENT', ?, ?, 50)")
                .params(tenant, older.toByteArray(), OffsetDateTime.now()).update();

        TextInsight insight = analytics.analyze(tenant, "服务员态度很差，上菜太慢了");
        assertThat(insight.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void englishAndTraditionalAndEdgeCasesNeverFail() {
        UUID tenant = fixtures.chain().tenant().id();
        TextInsight english = analytics.analyze(tenant, "The food was delicious but the waiter was rude. I will report you to the health department!");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.topics()).contains("food.taste", "service.attitude");
        assertThat(english.flags()).contains(TextFlag.REGULATOR);

        TextInsight traditional = analytics.analyze(tenant, "服務態度非常好，環境也很乾淨");
        assertThat(traditional.language()).isEqualTo("zh-Hant");
        assertThat(traditional.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(traditional.topics()).contains("service.attitude", "environment.hygiene");

        List<TextInsight> edge = analytics.analyzeAll(tenant, java.util.Arrays.asList(null, "", "   ", "👍👍👍", "\uFFFD\uFFFD",
                "<div><br></div>", "很好。".repeat(40_000)));
        assertThat(edge).hasSize(7);
        assertThat(edge.get(0).sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(edge.get(0).language()).isEqualTo("und");
        assertThat(edge.get(3).sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(edge.get(6).sentences().size()).isLessThan(2000);
    }

    @Test
    void aTenantEditsItsTaxonomyAndOnlyItsOwn() {
        UUID tenant = fixtures.chain().tenant().id();
        UUID other = fixtures.chain().tenant().id();
        assertThat(taxonomy.topics(tenant)).extracting(Topic::code).contains("service", "service.speed", "food.taste", "price.value");

        taxonomy.save(tenant, new Topic("service.parking", null, "停车", "Parking", List.of("停车", "车位"), List.of("parking")));
        assertThat(analytics.analyze(tenant, "停车太难了").topics()).containsExactly("service.parking", "service");
        assertThat(analytics.analyze(other, "停车太难了").topics()).isEmpty();
        assertThat(taxonomy.topics(other)).extracting(Topic::code).doesNotContain("service.parking");

        taxonomy.delete(tenant, "service");
        assertThat(taxonomy.topics(tenant)).extracting(Topic::code).noneMatch(c -> c.startsWith("service"));
        assertThat(analytics.analyze(tenant, "服务员态度很差").topics()).isEmpty();
        assertThat(taxonomy.topics(other)).extracting(Topic::code).contains("service.attitude");

        assertThatThrownBy(() -> taxonomy.save(tenant, new Topic("nope.child", null, "子", "Child", List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> taxonomy.save(tenant, new Topic("Bad Code", null, "坏", "Bad", List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTrainedModelIsStoredAndUsedForItsTenantOnly() {
        UUID tenant = fixtures.chain().tenant().id();
        UUID other = fixtures.chain().tenant().id();
        assertThat(sentimentModels.current(tenant).trained()).isFalse();

        // this tenant's customers use "绝了" as high praise and "翻车" for a failure: words the baseline does not know
        List<LabeledText> examples = new ArrayList<>();
        String[] things = {"炸鸡", "奶茶", "汉堡", "薯条", "烤肉", "甜品", "咖啡", "拉面", "寿司", "披萨"};
        for (String thing : things) {
            for (String tail : List.of("绝了", "真的绝了", "今天又绝了")) {
                examples.add(new LabeledText(thing + tail, "positive"));
            }
            for (String tail : List.of("翻车", "彻底翻车", "今天又翻车")) {
                examples.add(new LabeledText(thing + tail, "negative"));
            }
        }
        ModelInfo info = sentimentModels.train(tenant, examples);

        assertThat(info.trained()).isTrue();
        assertThat(info.examples()).isEqualTo(60);
        assertThat(info.heldOutAccuracy()).isBetween(0.0, 1.0);
        ModelInfo stored = sentimentModels.current(tenant);
        assertThat(stored.examples()).isEqualTo(60);
        assertThat(stored.trainedAt()).isNotNull();
        assertThat(analytics.analyze(tenant, "鸡翅绝了").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(analytics.analyze(tenant, "鸡翅翻车").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentimentModels.current(other).trained()).isFalse();
        assertThat(analytics.analyze(other, "鸡翅翻车").sentiment()).isEqualTo(Sentiment.NEUTRAL);

        assertThatThrownBy(() -> sentimentModels.train(tenant, examples.subList(0, 10))).isInstanceOf(IllegalArgumentException.class);
    }
}
