package org.factdesk.article;

/**
 * The answer to storing an article: its id and title, and whether it is new or the same text was
 * already there (then the id and title are the existing article's).
 */
public record StoredArticle(ArticleId id, String title, boolean created) {
}
