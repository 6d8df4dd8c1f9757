package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.LocalDate;

/** One row of the team lead's assignment grid; {@code assignee} and {@code dueDate} may be null. */
public record AssignmentListItem(ArticleId id, String title, ArticleState state, Assignee assignee,
                                 LocalDate dueDate, Priority priority, int reviewedSentences, int totalSentences) {

    /** Past its due date while the assignee still works on it (submitted and approved are never overdue). */
    public boolean isOverdue(LocalDate today) {
        return AssignmentFilter.isOverdue(state, dueDate, today);
    }
}
