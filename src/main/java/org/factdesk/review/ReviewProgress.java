package org.factdesk.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How far the review of one article has come: reviewed = sentences with a (non-cleared) verdict. */
public record ReviewProgress(int totalSentences, int reviewed, Map<Verdict, Integer> counts) {

    public ReviewProgress {
        EnumMap<Verdict, Integer> complete = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            complete.put(verdict, counts.getOrDefault(verdict, 0));
        }
        counts = Collections.unmodifiableMap(complete);
    }

    public int count(Verdict verdict) {
        return counts.get(verdict);
    }

    public int unreviewed() {
        return totalSentences - reviewed;
    }
}
