package org.factdesk.revision;

import org.factdesk.article.ArticleId;

import java.time.Instant;

/**
 * One version of an article (ADR 0029): the article row holding it, its number (1 for the first import),
 * the first version's article (shared by all versions), the version it replaced (null for version 1) and
 * the newer version that replaced it (null for the newest).
 */
public record ArticleVersion(ArticleId articleId, int number, ArticleId documentId, ArticleId previous,
                             ArticleId next, Instant createdAt) {

    public boolean isNewest() {
        return next == null;
    }
}
