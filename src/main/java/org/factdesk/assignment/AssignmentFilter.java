package org.factdesk.assignment;

import java.time.LocalDate;

/**
 * Narrows the assignment grid: a null {@code state} or {@code assigneeUserId} means any;
 * {@code overdueOnly} keeps articles past their due date that are still being worked on.
 */
public record AssignmentFilter(ArticleState state, Long assigneeUserId, boolean overdueOnly) {

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, false);
    }

    static boolean isOverdue(ArticleState state, LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (state == ArticleState.ASSIGNED || state == ArticleState.IN_REVIEW);
    }
}
