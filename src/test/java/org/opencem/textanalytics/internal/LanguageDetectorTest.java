package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void tellsTheLanguagesApart() {
        assertThat(LanguageDetector.detect("服务员态度很好，菜也好吃")).isEqualTo("zh-Hans");
        assertThat(LanguageDetector.detect("服務員態度很好，餐點也好吃")).isEqualTo("zh-Hant");
        assertThat(LanguageDetector.detect("The waiter was friendly and the food arrived quickly")).isEqualTo("en");
        assertThat(LanguageDetector.detect("The burger was great but 服务员态度很差，等了很久")).isEqualTo("mixed");
        assertThat(LanguageDetector.detect("iPhone 很好用，电池也耐用")).isEqualTo("zh-Hans");
        assertThat(LanguageDetector.detect("👍👍😀 !!! 123")).isEqualTo("und");
    }
}
