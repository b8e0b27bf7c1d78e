package org.opencem.textanalytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

class LinearModelTest {

    @Test
    void bfloat16KeepsThreeSignificantDigitsRoundingToNearest() {
        for (float w : new float[] {0.1234567f, -3.14159f, 1e-6f, 250.75f}) {
            float back = Float.intBitsToFloat(LinearModel.toBfloat16(w) << 16);
            assertThat((double) back).isCloseTo(w, within(Math.abs(w) / 256.0));
        }
        // 1 + 2^-8 lies exactly between two bfloat16 values: ties go to the even one, 1
        assertThat(Float.intBitsToFloat(LinearModel.toBfloat16(1 + 1f / 256) << 16)).isEqualTo(1f);
        assertThat(Float.intBitsToFloat(LinearModel.toBfloat16(1 + 3f / 512) << 16)).isEqualTo(1 + 1f / 128);
    }

    @Test
    void aModelWithManyLabelsGivesTheSameProbabilitiesAfterARoundTrip() {
        // three labels, each told by its own feature; feature 3 appears everywhere
        List<int[]> examples = List.of(new int[] {0, 3}, new int[] {1, 3}, new int[] {2, 3}, new int[] {0, 3}, new int[] {1, 3},
                new int[] {2, 3});
        LinearModel trained = LinearModel.train(List.of("a", "b", "c"), 8, examples, new int[] {0, 1, 2, 0, 1, 2},
                LinearModel.Settings.DEFAULT);
        LinearModel loaded = LinearModel.fromBytes(trained.toBytes());
        for (int label = 0; label < 3; label++) {
            int[] text = {label, 3};
            assertThat(loaded.predict(text)).isEqualTo(label);
            double[] before = trained.probabilities(text);
            double[] after = loaded.probabilities(text);
            for (int k = 0; k < 3; k++) {
                assertThat(after[k]).isCloseTo(before[k], within(0.01));
            }
        }
    }

    @Test
    void refusesAModelSavedInAnOlderFormat() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(0x0CE7_7E47); // the float32, label-major format
            out.writeInt(2);
        }
        assertThatThrownBy(() -> LinearModel.fromBytes(bytes.toByteArray())).isInstanceOf(IllegalArgumentException.class);
    }
}
