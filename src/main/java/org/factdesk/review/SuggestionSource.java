package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the reader's suggestions come from (ADR 0011): implemented above {@code review} (by {@code assist}),
 * asked only through {@link ReviewService}, which checks the caller's role first.
 */
public interface SuggestionSource {

    /** The suggestions for the article's sentences, those with one. */
    List<Suggestion> suggestionsFor(ArticleId articleId);

    /**
     * Records the editor's decision on these sentences' suggestions, in the caller's transaction (an accepted
     * suggestion and its verdict are stored together or not at all); {@link SuggestionState#OPEN} takes a decision
     * back (the editor undid the verdict that accepting it had set).
     */
    void recordDecision(ArticleId articleId, Collection<Long> sentenceIds, SuggestionState decision, long userId);

    /** Per detector, how many suggestions editors accepted and dismissed: the live precision. */
    Map<String, DecisionCounts> decisionCounts();

    record DecisionCounts(long open, long accepted, long dismissed) {
        /** Accepted share of the decided ones, or NaN before any decision. */
        public double acceptedShare() {
            long decided = accepted + dismissed;
            return decided == 0 ? Double.NaN : (double) accepted / decided;
        }
    }
}
