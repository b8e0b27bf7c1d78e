package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencem.textanalytics.TextFlag;

class ContentFlagsTest {

    private static java.util.Set<TextFlag> flags(String text) {
        return ContentFlags.find(TextNormalizer.forModel(text));
    }

    @Test
    void findsUrgentContentInChineseAndEnglish() {
        assertThat(flags("吃完拉肚子了，我要打12315投诉你们")).containsExactlyInAnyOrder(TextFlag.FOOD_SAFETY, TextFlag.REGULATOR);
        assertThat(flags("服務員把熱湯灑了，孩子被燙傷")).contains(TextFlag.INJURY);
        assertThat(flags("我已经联系律师，准备起诉")).containsExactly(TextFlag.LEGAL);
        assertThat(flags("There was a cockroach in my soup, I will contact my lawyer"))
                .containsExactlyInAnyOrder(TextFlag.FOOD_SAFETY, TextFlag.LEGAL);
        assertThat(flags("I called three times and was transferred twice")).containsExactly(TextFlag.EFFORT);
        assertThat(flags("打了好几次电话，客服推来推去")).containsExactly(TextFlag.EFFORT);
    }

    @Test
    void wholeWordsOnlyInEnglish() {
        assertThat(flags("A great meal, really pleasant staff")).isEmpty();
    }
}
