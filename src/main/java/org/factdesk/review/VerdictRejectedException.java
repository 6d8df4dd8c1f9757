package org.factdesk.review;

import org.factdesk.common.InvalidInputException;
import org.factdesk.common.UserMessage;

import java.util.List;

/** A verdict change that breaks a review rule (e.g. disputed without a note); nothing was stored. */
public class VerdictRejectedException extends InvalidInputException {

    private final List<Integer> sentenceOrdinals;

    public VerdictRejectedException(UserMessage message, List<Integer> sentenceOrdinals) {
        super(message);
        this.sentenceOrdinals = List.copyOf(sentenceOrdinals);
    }

    /** The ordinals (1-based, within the article) of the sentences that broke the rule. */
    public List<Integer> sentenceOrdinals() {
        return sentenceOrdinals;
    }
}
