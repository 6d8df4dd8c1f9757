package org.factdesk.review.internal;

import org.factdesk.review.Verdict;

/**
 * The new verdict and note of one sentence, to store if its row is still at {@code expectedVersion};
 * {@code adoptedFrom}/{@code adoptedVersion} name the source sentence and its version when the verdict
 * was adopted, null for a verdict given by hand (which clears a former adoption).
 */
public record VerdictWrite(long sentenceId, long articleId, Verdict verdict, String note, int expectedVersion,
                           Long adoptedFrom, Integer adoptedVersion) {

    public VerdictWrite(long sentenceId, long articleId, Verdict verdict, String note, int expectedVersion) {
        this(sentenceId, articleId, verdict, note, expectedVersion, null, null);
    }
}
