package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencem.textanalytics.LabeledText;

class TextClassifierTest {

    /** Small made-up reviews, varied enough that the model must generalise to unseen pairs. */
    static List<LabeledText> reviews() {
        String[] dishes = {"牛肉面", "米饭", "汤", "鸡翅", "沙拉", "饺子", "奶茶", "披萨"};
        String[] good = {"很好吃", "味道不错", "非常新鲜", "分量很足", "超级喜欢", "太好喝了"};
        String[] bad = {"太难吃了", "味道很差", "一点都不新鲜", "分量太少", "很失望", "又冷又咸"};
        List<LabeledText> examples = new ArrayList<>();
        for (int d = 0; d < dishes.length; d++) {
            for (int g = 0; g < good.length; g++) {
                if ((d + g) % 4 != 0) {
                    examples.add(new LabeledText(dishes[d] + good[g], "positive"));
                    examples.add(new LabeledText(dishes[d] + bad[g], "negative"));
                }
            }
        }
        return examples;
    }

    @Test
    void learnsFromExamplesAndSurvivesARoundTripThroughBytes() {
        TextClassifier trained = TextClassifier.train(reviews());
        TextClassifier loaded = TextClassifier.fromBytes(trained.toBytes());
        // pairs never seen in training ((d + g) % 4 == 0)
        assertThat(loaded.classify("牛肉面很好吃")).isEqualTo("positive");
        assertThat(loaded.classify("牛肉面太难吃了")).isEqualTo("negative");
        assertThat(loaded.classify("饺子很失望")).isEqualTo("negative");
        assertThat(loaded.labels()).containsExactly("negative", "positive");
    }

    @Test
    void opinionWordsNeverSeenInTrainingStillCountThroughTheLexicon() {
        List<LabeledText> examples = new ArrayList<>();
        for (String thing : List.of("the soup", "the room", "the staff", "the delivery", "the price", "the app")) {
            examples.add(new LabeledText(thing + " was great", "positive"));
            examples.add(new LabeledText(thing + " was excellent", "positive"));
            examples.add(new LabeledText(thing + " was terrible", "negative"));
            examples.add(new LabeledText(thing + " was awful", "negative"));
        }
        TextClassifier classifier = TextClassifier.fromBytes(TextClassifier.train(examples).toBytes());
        // "superb", "wonderful", "horrible" and "disgusting" are not in the examples, only in the lexicon
        assertThat(classifier.classify("the waiter was superb")).isEqualTo("positive");
        assertThat(classifier.classify("the bread was wonderful")).isEqualTo("positive");
        assertThat(classifier.classify("the waiter was horrible")).isEqualTo("negative");
        assertThat(classifier.classify("the bread was disgusting")).isEqualTo("negative");
    }

    @Test
    void learnsManyLabels() {
        List<LabeledText> examples = new ArrayList<>();
        for (String s : List.of("上菜太慢", "等了一个小时", "出餐很快", "半天才上菜")) {
            examples.add(new LabeledText(s, "service.speed"));
        }
        for (String s : List.of("桌子很脏", "厕所不干净", "地上有垃圾", "餐具有污渍")) {
            examples.add(new LabeledText(s, "environment.hygiene"));
        }
        for (String s : List.of("太贵了", "价格公道", "性价比高", "不值这个价")) {
            examples.add(new LabeledText(s, "price.value"));
        }
        TextClassifier classifier = TextClassifier.train(examples);
        assertThat(classifier.classify("上菜真慢")).isEqualTo("service.speed");
        assertThat(classifier.classify("桌子好脏")).isEqualTo("environment.hygiene");
    }

    @Test
    void refusesASingleLabel() {
        assertThatThrownBy(() -> TextClassifier.train(List.of(new LabeledText("好", "positive"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
