package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The workflow state of one article. {@code assignee} is null only while NEW; {@code dueDate} may
 * be null; {@code returnComment} is why a team lead returned or reopened the review (null when
 * not returned, or once resubmitted). {@code supersededBy} is the article's newer version that took the
 * review over (ADR 0029), null for the newest version: a superseded article's verdicts are frozen.
 */
public record Assignment(ArticleId articleId, ArticleState state, Assignee assignee, LocalDate dueDate,
                         Priority priority, boolean seenByAssignee, String returnComment, int version,
                         Instant updatedAt, ArticleId supersededBy) {

    public Assignment(ArticleId articleId, ArticleState state, Assignee assignee, LocalDate dueDate,
                      Priority priority, boolean seenByAssignee, String returnComment, int version,
                      Instant updatedAt) {
        this(articleId, state, assignee, dueDate, priority, seenByAssignee, returnComment, version, updatedAt, null);
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    public boolean isAssignedTo(long userId) {
        return assignee != null && assignee.userId() == userId;
    }
}
