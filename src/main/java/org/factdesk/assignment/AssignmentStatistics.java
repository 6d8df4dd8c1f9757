package org.factdesk.assignment;

import java.time.LocalDate;
import java.util.Map;

/**
 * The read model the assignment feature publishes for team figures (the dashboard): aggregates over
 * its own tables, so that no other feature reads them. Callers are services that have checked the
 * caller's role already.
 */
public interface AssignmentStatistics {

    /** One assignee's articles per workflow state; {@code overdue}: assigned or in review past the due date. */
    record Workload(long assigned, long inReview, long submitted, long approved, long overdue) {

        public static final Workload NONE = new Workload(0, 0, 0, 0, 0);
    }

    /** The workload of every user with an assignment, by user id; {@code today} decides what is overdue. */
    Map<Long, Workload> workloadByAssignee(LocalDate today);

    /** Articles per workflow state, every state present (zero when none). */
    Map<ArticleState, Long> articlesByState();
}
