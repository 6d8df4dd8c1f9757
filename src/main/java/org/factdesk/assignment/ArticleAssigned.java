package org.factdesk.assignment;

import org.factdesk.article.ArticleId;
import org.factdesk.security.UserId;

/** Published when an article was assigned or reassigned to an editor (listen after commit). */
public record ArticleAssigned(ArticleId articleId, UserId editor) {
}
