package org.factdesk.revision;

import org.factdesk.article.ArticleId;

/** Published after a new version of an article was stored and its review carried (ADR 0029). */
public record NewVersionImported(ArticleId previous, ArticleId next, int number) {
}
