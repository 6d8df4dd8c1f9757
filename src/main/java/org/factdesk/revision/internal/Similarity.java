package org.factdesk.revision.internal;

import java.util.Map;

/**
 * How alike two sentences read: the Dice coefficient over their lower-cased word tokens (as
 * multisets), or over their character trigrams when that is higher — a fixed typo costs a whole word
 * token but only about three trigrams, so short sentences with a typo still pair.
 */
public final class Similarity {

    private Similarity() {
    }

    public static double of(SentenceText a, SentenceText b) {
        return Math.max(dice(a.words(), b.words()), dice(a.trigrams(), b.trigrams()));
    }

    /** 2·|A ∩ B| / (|A| + |B|) over multisets; 1 for two empty ones. */
    public static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = size(a);
        int sizeB = size(b);
        if (sizeA + sizeB == 0) {
            return 1;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                shared += Math.min(other, e.getValue());
            }
        }
        return 2.0 * shared / (sizeA + sizeB);
    }

    private static int size(Map<String, Integer> bag) {
        int n = 0;
        for (int count : bag.values()) {
            n += count;
        }
        return n;
    }
}
