package org.factdesk.article;

/**
 * One stored sentence with where it stands: its article (id and title), its 1-based ordinal there, and
 * {@code textHash}, the SHA-256 of its normalised text (equal hashes: the same sentence).
 */
public record SentenceRef(long sentenceId, ArticleId articleId, String articleTitle, int ordinal, String text,
                          String textHash) {
}
