package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the article list: the article as its source describes it and where it stands in the
 * workflow. {@code outlet}, {@code publishedOn} and {@code assignee} may be null.
 */
public record ArticleListEntry(ArticleId id, String title, String outlet, LocalDate publishedOn, Instant importedAt,
                               int sentenceCount, ArticleState state, Assignee assignee) {
}
