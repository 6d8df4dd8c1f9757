package org.factdesk.report;

import org.factdesk.assignment.ArticleState;
import org.factdesk.common.InvalidInputException;
import org.factdesk.review.Verdict;

import java.time.LocalDate;

/**
 * Which articles a batch export takes; every null part means any. {@code from}/{@code to} (both
 * inclusive) bound the day the article reached its current state (e.g. the approval day);
 * {@code assigneeUsername} is the editor the article is assigned to; {@code verdict} keeps articles
 * with at least one sentence of that verdict, and the combined CSV and ClaimReview files then list
 * only those sentences.
 */
public record ExportFilter(ArticleState state, LocalDate from, LocalDate to, String assigneeUsername,
                           Verdict verdict) {

    public ExportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("reports.error.range", to, from);
        }
        if (assigneeUsername != null && assigneeUsername.isBlank()) {
            assigneeUsername = null;
        }
    }

    public static ExportFilter all() {
        return new ExportFilter(null, null, null, null, null);
    }

    public static ExportFilter inState(ArticleState state) {
        return new ExportFilter(state, null, null, null, null);
    }
}
