package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.LocalDate;

/**
 * An article assigned to the signed-in editor. {@code isNew}: the editor has not opened it since
 * it was assigned, returned or reopened.
 */
public record MyArticle(ArticleId id, String title, ArticleState state, LocalDate dueDate, Priority priority,
                        String returnComment, int reviewedSentences, int totalSentences, boolean isNew) {

    /** Past its due date while still to be worked on (submitted and approved are never overdue). */
    public boolean isOverdue(java.time.LocalDate today) {
        return AssignmentFilter.isOverdue(state, dueDate, today);
    }

    /** Sent back by a team lead (returned or reopened) and not submitted again yet: the comment says why. */
    public boolean isReturned() {
        return returnComment != null && state == ArticleState.IN_REVIEW;
    }
}
