package org.factdesk.article;

/** Published after a new article and its sentences were stored. */
public record ArticleImported(ArticleId articleId, String title, int sentenceCount) {
}
