package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.article.SentenceId;

import java.util.List;

/**
 * Finds sentences of other articles related to one sentence (repeated claims, differing figures): one
 * implementation per kind, above {@code review} (ADR 0011), asked through {@link ReviewService}.
 * Look-ups go through an index, never a scan of all sentences.
 */
public interface RelatedSentenceSource {

    List<RelatedSentence> relatedTo(ArticleId articleId, SentenceId sentenceId);
}
