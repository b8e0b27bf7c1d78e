package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

    private static double score(String text) {
        return SentimentLexicon.clauseScore(TextNormalizer.forModel(text));
    }

    @Test
    void negationTurnsAndDegreeStrengthensChinese() {
        assertThat(score("好")).isPositive();
        assertThat(score("很好")).isGreaterThan(score("好"));
        assertThat(score("不好")).isNegative();
        assertThat(score("很不好")).isLessThan(score("不好"));
        assertThat(score("不太好")).isNegative().isGreaterThan(score("不好"));
        assertThat(score("不是很好")).isNegative().isGreaterThan(score("不好"));
        assertThat(score("一点也不慢")).isPositive();
        assertThat(score("上菜太慢了")).isLessThan(score("上菜慢"));
        assertThat(score("好慢")).isNegative();
        assertThat(score("不错")).isPositive();
        assertThat(score("好像还行")).isPositive().isLessThan(score("好"));
        assertThat(score("他们的快递到了")).isZero();
    }

    @Test
    void negationTurnsAndDegreeStrengthensEnglish() {
        assertThat(score("good")).isPositive();
        assertThat(score("very good")).isGreaterThan(score("good"));
        assertThat(score("not bad")).isPositive().isLessThan(score("good"));
        assertThat(score("not good")).isNegative();
        assertThat(score("not very good")).isNegative().isGreaterThan(score("not good"));
        assertThat(score("the fries weren't cold at all")).isPositive();
        assertThat(score("Service was really slow")).isLessThan(score("slow"));
    }

    @Test
    void emojiCarryAnOpinion() {
        assertThat(score("👍👍")).isPositive();
        assertThat(score("😡")).isNegative();
    }
}
