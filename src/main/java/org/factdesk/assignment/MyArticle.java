package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.LocalDate;

/**
 * An article assigned to the signed-in editor. {@code isNew}: the editor has not opened it since
 * it was assigned, returned or reopened.
 */
public record MyArticle(ArticleId id, String title, ArticleState state, LocalDate dueDate, Priority priority,
                        String returnComment, int reviewedSentences, int totalSentences, boolean isNew) {
}
