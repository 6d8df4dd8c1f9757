package org.factdesk.assignment;

import org.factdesk.security.UserId;

import java.time.LocalDate;

/**
 * Narrows the assignment grid: a null {@code state} or {@code assignee} means any;
 * {@code overdueOnly} keeps articles past their due date that are still being worked on.
 */
public record AssignmentFilter(ArticleState state, UserId assignee, boolean overdueOnly) {

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, false);
    }

    static boolean isOverdue(ArticleState state, LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (state == ArticleState.ASSIGNED || state == ArticleState.IN_REVIEW);
    }
}
