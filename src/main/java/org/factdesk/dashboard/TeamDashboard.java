package org.factdesk.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The team's review figures: per editor, per workflow state, and how verdicts are distributed.
 * {@code verdicts} is keyed by the verdict's attribute value (verified, disputed, promotional, no-claim).
 */
public record TeamDashboard(List<EditorLoad> editors, Map<String, Long> articlesByState, Map<String, Long> verdicts) {

    /** One editor's workload; {@code reviewedLast7Days} counts distinct sentences they changed in the last 7 days. */
    public record EditorLoad(long userId, String displayName, long assigned, long inReview, long submitted,
                             long approved, long overdue, long reviewedLast7Days) {
    }
}
