package org.opencem.textanalytics.internal;

import java.util.Arrays;

/**
 * Turns a normalized text into the indices of its hashed features, each once: n-grams
 * (1–3) of units, where a unit is a Chinese character, a Latin word or a symbol. So Chinese gets
 * character n-grams (no segmentation on the hot path), English gets word n-grams, and mixed text
 * both. English words after a negation ("not", "n't", "never") until the next punctuation also
 * give a negated unigram, so "not good" and "good" weigh differently.
 */
final class FeatureHasher {

    static final int MAX_UNITS = 2000;
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long NEGATED = 0xC2B2AE3D27D4EB4FL;

    private final int mask;

    FeatureHasher(int dimension) {
        if (Integer.bitCount(dimension) != 1) {
            throw new IllegalArgumentException("The dimension must be a power of two: " + dimension);
        }
        this.mask = dimension - 1;
    }

    int dimension() {
        return mask + 1;
    }

    /** The unique feature indices of a normalized text (see {@link TextNormalizer#forModel}). */
    int[] features(String text) {
        long[] units = new long[Math.min(text.length(), MAX_UNITS)];

        boolean[] negated = new boolean[units.length];
        int count = 0;
        boolean inNegation = false;
        int i = 0;
        int length = text.length();
        while (i < length && count < units.length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int start = i;
                long h = 0x243F6A8885A308D3L;
                while (i < length && isWordChar(text.charAt(i))) {
                    h = (h ^ text.charAt(i)) * MIX;
                    i++;
                }
                if (i < length && text.charAt(i) == '\'' && i + 1 < length && isWordChar(text.charAt(i + 1))) {
                    // "don't" as one word that negates
                    int apostrophe = i;
                    i++;
                    while (i < length && isWordChar(text.charAt(i))) {
                        h = (h ^ text.charAt(i)) * MIX;
                        i++;
                    }
                    inNegation |= text.startsWith("n't", apostrophe - 1);
                }
                negated[count] = inNegation;
                units[count++] = finish(h);
                if (isNegation(text, start, i)) {
                    inNegation = true;
                }
                continue;
            }
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!ChineseScript.isHan(c)) {
                inNegation = false;
            }
            units[count++] = finish((codePoint + 0x51ED27L) * MIX);
        }
        int[] out = new int[count * 4];
        int n = 0;
        for (int u = 0; u < count; u++) {
            long h1 = units[u];
            out[n++] = index(h1);
            if (negated[u]) {
                out[n++] = index(finish(h1 ^ NEGATED));
            }
            if (u + 1 < count) {
                long h2 = finish((h1 * 31) ^ units[u + 1]);
                out[n++] = index(h2);
                if (u + 2 < count) {
                    out[n++] = index(finish((h2 * 31) ^ units[u + 2]));
                }
            }
        }
        int unique = keepFirst(out, n);
        return Arrays.copyOf(out, unique);
    }

    /**
     * Moves the first occurrence of each value of values[0, n) to the front, in order, and returns
     * their count: one pass over an open-addressing set (sorting them cost more than finding them).
     * Slots hold value + 1, so the fresh array's zeros mark them empty.
     */
    private static int keepFirst(int[] values, int n) {
        int[] slots = new int[Integer.highestOneBit(Math.max(n, 8) * 2) << 1];
        int mask = slots.length - 1;
        int unique = 0;
        for (int k = 0; k < n; k++) {
            int stored = values[k] + 1;
            int at = (stored * 0x9E3779B1) >>> 7 & mask;
            while (slots[at] != 0 && slots[at] != stored) {
                at = (at + 1) & mask;
            }
            if (slots[at] == 0) {
                slots[at] = stored;
                values[unique++] = stored - 1;
            }
        }
        return unique;
    }

    /** The index of a named feature that is not a unit n-gram (for example one the lexicon gives). */
    int named(String name) {
        long h = 0x5BE0CD19137E2179L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * MIX;
        }
        return index(finish(h));
    }

    private int index(long hash) {
        return (int) (hash >>> 32) & mask;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    private static boolean isWordChar(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    private static boolean isNegation(String text, int start, int end) {
        int length = end - start;
        return switch (length) {
            case 2 -> text.startsWith("no", start);
            case 3 -> text.startsWith("not", start) || text.startsWith("n't", start);
            case 5 -> text.startsWith("never", start);
            case 7 -> text.startsWith("without", start);
            default -> false;
        };
    }
}
