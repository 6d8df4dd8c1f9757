package org.factdesk.assist.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * MinHash locality-sensitive keys of a sentence's word set (ADR 0020): {@link #BANDS} bands of
 * {@link #ROWS} minimum hashes each, every band folded into one 64-bit key. Two sentences share at least
 * one key with probability {@code 1 - (1 - J^ROWS)^BANDS} for word-set Jaccard {@code J}: 0.998 at J = 0.8
 * (what cosine ≥ 0.9 allows at the least), 0.09 at J = 0.3, so the index finds near claims and few others;
 * candidates are verified with the exact measure. Function words are left out (they would make all
 * sentences alike); the hashes are fixed (FNV-1a and SplitMix64), so stored keys stay valid across runs.
 */
final class ClaimKeys {

    static final int BANDS = 12;
    static final int ROWS = 4;
    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SEEDS.length; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private ClaimKeys() {
    }

    /** The sentence's band keys (at most {@link #BANDS}; none for a sentence without words). */
    static long[] of(ClaimText.Analysis sentence) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : sentence.words()) {
            if (!ClaimText.STOPWORDS.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            words.addAll(sentence.words());
        }
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] minima = new long[SEEDS.length];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (String word : words) {
            long hash = fnv1a(word);
            for (int i = 0; i < SEEDS.length; i++) {
                long h = mix(hash ^ SEEDS[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ minima[band * ROWS + row]);
            }
            keys.add(key);
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    private static long fnv1a(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: a fixed, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
