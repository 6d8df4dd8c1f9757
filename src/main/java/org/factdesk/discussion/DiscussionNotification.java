package org.factdesk.discussion;

import org.factdesk.article.ArticleId;

import java.time.Instant;

/**
 * One notification of the signed-in user: who commented on which article (and sentence, null for the
 * article's thread), a short excerpt of the comment (plain text; empty when it was deleted since),
 * and when it was read (null: unread).
 */
public record DiscussionNotification(long id, NotificationKind kind, ArticleId articleId, String articleTitle,
                                     Integer sentenceOrdinal, long commentId, String authorDisplayName,
                                     String excerpt, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The reader's address of the comment's place, e.g. {@code article/7#sentence-2}. */
    public String link() {
        return "article/" + articleId.value() + (sentenceOrdinal == null ? "" : "#sentence-" + sentenceOrdinal);
    }
}
