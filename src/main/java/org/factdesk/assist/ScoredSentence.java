package org.factdesk.assist;

import java.util.List;

/** A sentence's check-worthiness (0–1) with the reasons, as codes like {@code figure} or {@code attribution}. */
public record ScoredSentence(int ordinal, double score, List<String> reasons) {

    public ScoredSentence {
        reasons = List.copyOf(reasons);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in 0..1: " + score);
        }
    }
}
