package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtSentenceEndsCommasAndContrasts() {
        assertThat(SentenceSplitter.split("菜很好吃，服务太慢了！下次再来。"))
                .containsExactly("菜很好吃，", "服务太慢了！", "下次再来。");
        assertThat(SentenceSplitter.split("菜很好吃但是服务太慢"))
                .containsExactly("菜很好吃", "但是服务太慢");
        assertThat(SentenceSplitter.split("The food was great but the service was slow. We waited 40 min."))
                .containsExactly("The food was great", "but the service was slow.", "We waited 40 min.");
    }

    @Test
    void keepsDecimalsAndLeavesNoEmptyPieces() {
        assertThat(SentenceSplitter.split("It cost 3.5 dollars!!! ok")).containsExactly("It cost 3.5 dollars!!!", "ok");
        assertThat(SentenceSplitter.split("。。，，")).allMatch(s -> !s.isBlank());
    }
}
