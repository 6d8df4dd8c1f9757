package org.factdesk.assist;

import org.factdesk.review.Verdict;

/** The verdicts a detector may suggest: never verified or disputed, which need an editor's check. */
public enum SuggestedVerdict {
    PROMOTIONAL(Verdict.PROMOTIONAL, "promotional"),
    NO_CLAIM(Verdict.NO_CLAIM, "no-claim");

    private final Verdict verdict;
    private final String code;

    SuggestedVerdict(Verdict verdict, String code) {
        this.verdict = verdict;
        this.code = code;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** As the reader's {@code data-suggestion} and the {@code assist} command print it. */
    public String code() {
        return code;
    }
}
