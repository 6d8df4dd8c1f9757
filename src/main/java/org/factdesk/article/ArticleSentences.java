package org.factdesk.article;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The read model the article feature publishes for features that annotate sentences (review): they
 * ask here instead of reading the article tables, which belong to this feature alone. Callers are
 * services that have checked the caller's role already.
 */
public interface ArticleSentences {

    /** How many sentences the article has (0 for an unknown article). */
    int sentenceCount(ArticleId articleId);

    /** Sentence id → ordinal of every sentence of the article, in reading order. */
    Map<Long, Integer> ordinals(ArticleId articleId);

    /** Sentence id → ordinal, for those of the given sentences that belong to the article. */
    Map<Long, Integer> ordinals(ArticleId articleId, Collection<Long> sentenceIds);

    /**
     * Takes the article's row lock for the rest of the transaction: writers of data that hangs on one
     * article queue up here, so their own row locks can never form a cycle.
     */
    void lockForUpdate(ArticleId articleId);

    /** Ids of the sentences in heading blocks, per article; articles without headings are missing from the map. */
    Map<ArticleId, Set<Long>> headingSentenceIds(Collection<ArticleId> articleIds);

    /** The given sentences that exist, by id, with their article and ordinal. */
    Map<Long, SentenceRef> sentences(Collection<Long> sentenceIds);

    /**
     * Ids of the sentences of other articles with this {@code text_hash} (the same normalised text), the
     * newest first, at most {@code limit}: one range of the hash index, however many copies there are. Only
     * articles that are their document's newest version ({@link DocumentVersions#newestVersionCondition}).
     */
    java.util.List<Long> sameText(String textHash, ArticleId excludedArticle, int limit);
}
