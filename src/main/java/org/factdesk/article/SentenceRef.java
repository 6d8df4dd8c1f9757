package org.factdesk.article;

/** One stored sentence with where it stands: its article (id and title) and its 1-based ordinal there. */
public record SentenceRef(long sentenceId, ArticleId articleId, String articleTitle, int ordinal, String text) {
}
