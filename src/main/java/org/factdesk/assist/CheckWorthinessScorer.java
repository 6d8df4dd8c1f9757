package org.factdesk.assist;

import java.util.List;

/**
 * Scores how much each sentence of an article is worth checking, 0 (nothing to check) to 1; a sentence
 * counts as check-worthy at {@link #THRESHOLD} or more (the reader's filter and the {@code assist}
 * command use the same threshold). Pure and thread-safe; one {@code @Component} with a constructor
 * without arguments.
 */
public interface CheckWorthinessScorer {

    /** The same number the reader uses ({@code review} owns it: the reader may not name {@code assist}). */
    double THRESHOLD = org.factdesk.review.Suggestion.CHECK_WORTHY;

    /** One score for every sentence of the text, in reading order. */
    List<ScoredSentence> score(AssistText text);
}
