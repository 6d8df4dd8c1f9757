package org.factdesk.article;

/**
 * For the views: a new article was stored, on this node (published together with {@link ArticleImported}, in
 * the same transaction) or on another node on the same database (rebuilt here from its row, ADR 0038). Its
 * listeners only show (lists load again, a reader's kept look-ups are stale) and never write: whatever must
 * happen once per import (assignment, analyses, first version) listens to {@link ArticleImported}, which never
 * leaves the node that imported.
 */
public record ArticleAdded(ArticleId articleId, String title) {
}
