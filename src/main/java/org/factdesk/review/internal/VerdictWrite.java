package org.factdesk.review.internal;

import org.factdesk.review.Verdict;

/** The new verdict and note of one sentence, to store if its row is still at {@code expectedVersion}. */
public record VerdictWrite(long sentenceId, long articleId, Verdict verdict, String note, int expectedVersion) {
}
