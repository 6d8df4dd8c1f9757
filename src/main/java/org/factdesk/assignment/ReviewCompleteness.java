package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How far the review of articles has come, as the workflow needs it. Implemented by the review
 * feature, which owns the verdicts: assignment must not depend on review (review depends on it).
 *
 * @see <a href="../../../../../../docs/adr/0004-assignment-workflow.md">ADR 4</a>
 */
public interface ReviewCompleteness {

    /**
     * How many sentences of the article that need a verdict have none (never given, or cleared). Whether headings
     * need one is the team's setting ({@code factdesk.review.require-heading-verdicts}).
     */
    int unreviewed(ArticleId articleId);

    /** The first sentence in reading order that needs a verdict and has none; empty when there is none. */
    Optional<SentenceRef> firstUnreviewedSentence(ArticleId articleId);

    /** Sentences with a verdict per article; articles without any may be missing from the map. */
    Map<ArticleId, Integer> reviewedCounts(Collection<ArticleId> articleIds);

    /**
     * Sentences the progress does not count, per article: headings without a verdict while headings need none. The
     * progress counts the others (every sentence that needs a verdict, and headings that have one anyway); articles
     * where it counts every sentence may be missing from the map.
     */
    Map<ArticleId, Integer> uncountedSentences(Collection<ArticleId> articleIds);

    /**
     * Per article, how many sentences are verified and how many disputed (the review queue shows both so
     * a lead sees what to check first); articles without either may be missing from the map.
     */
    Map<ArticleId, VerdictTally> verdictTallies(Collection<ArticleId> articleIds);

    /** Sentences of one article judged verified and disputed. */
    record VerdictTally(int verified, int disputed) {

        public static final VerdictTally NONE = new VerdictTally(0, 0);
    }

    /** A sentence by id and by its 1-based position within the article. */
    record SentenceRef(long sentenceId, int ordinal) {
    }
}
