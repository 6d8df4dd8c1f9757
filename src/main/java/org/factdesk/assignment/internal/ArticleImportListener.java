package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Gives every imported article its NEW assignment row. A plain (not after-commit) listener on
 * purpose: the row is written in the import's own transaction, so no article is ever without one.
 */
@Component
class ArticleImportListener {

    private final AssignmentRepository assignments;

    ArticleImportListener(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @EventListener
    void on(ArticleImported event) {
        assignments.insertNew(event.articleId(), Instant.now());
    }
}
