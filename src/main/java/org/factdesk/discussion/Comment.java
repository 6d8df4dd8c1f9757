package org.factdesk.discussion;

import org.factdesk.article.ArticleId;

import java.time.Instant;

/**
 * One comment of a thread as the reader shows it. {@code sentenceId} is null on the article's own
 * thread; {@code parentId} is null on a thread's root (replies point at the root). A deleted comment
 * keeps its place with {@code body} null and {@code deletedAt} set; {@code editedAt} is set once its
 * author changed it. The body is plain text: views show it as text, never as HTML.
 */
public record Comment(long id, ArticleId articleId, Long sentenceId, Long parentId, String authorUsername,
                      String authorDisplayName, String body, Instant createdAt, Instant editedAt,
                      Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
