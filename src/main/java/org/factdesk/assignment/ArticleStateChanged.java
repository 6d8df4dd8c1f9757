package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

/** Published when an article moved from one workflow state to another (listen after commit). */
public record ArticleStateChanged(ArticleId articleId, ArticleState from, ArticleState to) {
}
