package org.factdesk.article;

/** Published after a lead changed an article's title or publication details. */
public record ArticleMetadataChanged(ArticleId articleId, ArticleMetadata metadata) {
}
