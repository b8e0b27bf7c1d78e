package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void takesHtmlOutAndDecodesEntities() {
        String html = "<p>菜&nbsp;很<b>好吃</b></p><script>alert('x')</script><br/>Service was &quot;slow&quot; &amp; rude &#128545;";
        assertThat(TextNormalizer.clean(html)).isEqualTo("菜 很 好吃\nService was \"slow\" & rude 😡");
    }

    @Test
    void repairsUtf8ReadAsLatin1AndDropsReplacementCharacters() {
        String mojibake = new String("服务很好".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(TextNormalizer.clean(mojibake)).isEqualTo("服务很好");
        assertThat(TextNormalizer.clean("味道\uFFFD\uFFFD不错\u0000\u200B")).isEqualTo("味道不错");
        assertThat(TextNormalizer.clean("broken \uD83D pair")).isEqualTo("broken pair");
    }

    @Test
    void emptyAndNullAndBlankBecomeEmpty() {
        assertThat(TextNormalizer.clean(null)).isEmpty();
        assertThat(TextNormalizer.clean("")).isEmpty();
        assertThat(TextNormalizer.clean(" \n\t\u3000 ")).isEmpty();
        assertThat(TextNormalizer.clean("<br><br>")).isEmpty();
    }

    @Test
    void cutsAHundredKilobyteTextAtASentenceEnd() {
        String text = "服务员态度很好，上菜很快。".repeat(10_000);
        String cleaned = TextNormalizer.clean(text);
        assertThat(cleaned.length()).isLessThanOrEqualTo(TextNormalizer.MAX_CHARS).isGreaterThan(TextNormalizer.MAX_CHARS / 2);
        assertThat(cleaned).endsWith("。");
    }

    @Test
    void modelFormIsSimplifiedLowerCaseAndHalfWidth() {
        assertThat(TextNormalizer.forModel("這間餐廳ＧＯＯＤ！")).isEqualTo("这间餐厅good!");
    }
}
