package org.factdesk.article;

import java.time.Instant;

/** One row of the article list. */
public record ArticleListItem(ArticleId id, String title, String sourceName, int sentenceCount,
                              int paragraphCount, Instant importedAt) {
}
