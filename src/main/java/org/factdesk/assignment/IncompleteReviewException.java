package org.factdesk.assignment;

import org.factdesk.common.UserMessage;

/**
 * A submit while sentences are still without a verdict; nothing changed. Carries the first
 * unreviewed sentence so the reader can jump to it.
 */
public class IncompleteReviewException extends IllegalTransitionException {

    private final int unreviewed;
    private final long firstUnreviewedSentenceId;
    private final int firstUnreviewedOrdinal;

    public IncompleteReviewException(UserMessage message, int unreviewed, long firstUnreviewedSentenceId,
                                     int firstUnreviewedOrdinal) {
        super(message);
        this.unreviewed = unreviewed;
        this.firstUnreviewedSentenceId = firstUnreviewedSentenceId;
        this.firstUnreviewedOrdinal = firstUnreviewedOrdinal;
    }

    /** How many sentences still have no verdict. */
    public int unreviewed() {
        return unreviewed;
    }

    public long firstUnreviewedSentenceId() {
        return firstUnreviewedSentenceId;
    }

    /** 1-based position of the first unreviewed sentence within the article. */
    public int firstUnreviewedOrdinal() {
        return firstUnreviewedOrdinal;
    }
}
