package org.factdesk.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far the review of one article has come: reviewed = sentences with a (non-cleared) verdict, out of the
 * {@code totalSentences} the progress counts. {@code uncountedHeadings}: headings without a verdict, left out of
 * the count because the team does not require verdicts on headings ({@link ReviewSettings}).
 */
public record ReviewProgress(int totalSentences, int reviewed, Map<Verdict, Integer> counts, int uncountedHeadings) {

    public ReviewProgress {
        EnumMap<Verdict, Integer> complete = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            complete.put(verdict, counts.getOrDefault(verdict, 0));
        }
        counts = Collections.unmodifiableMap(complete);
    }

    /** Every sentence counted. */
    public ReviewProgress(int totalSentences, int reviewed, Map<Verdict, Integer> counts) {
        this(totalSentences, reviewed, counts, 0);
    }

    public int count(Verdict verdict) {
        return counts.get(verdict);
    }

    public int unreviewed() {
        return totalSentences - reviewed;
    }
}
