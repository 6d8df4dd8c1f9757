package org.factdesk.dashboard;

import org.factdesk.review.SuggestionSource;
import org.factdesk.review.Verdict;

import java.util.List;
import java.util.Map;

/**
 * The team's review figures: per editor, per workflow state (keyed by the state's name), and how
 * verdicts are distributed (every verdict, in {@link Verdict}'s order), and per suggestion detector how many
 * suggestions editors accepted and dismissed (by detector name).
 */
public record TeamDashboard(List<EditorLoad> editors, Map<String, Long> articlesByState, Map<Verdict, Long> verdicts,
                            Map<String, SuggestionSource.DecisionCounts> suggestionsByDetector) {

    /** One editor's workload; {@code reviewedLast7Days} counts distinct sentences they changed in the last 7 days. */
    public record EditorLoad(long userId, String displayName, long assigned, long inReview, long submitted,
                             long approved, long overdue, long reviewedLast7Days) {
    }
}
