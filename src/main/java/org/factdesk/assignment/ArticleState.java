package org.factdesk.assignment;

import java.util.Locale;

/** Where an article stands in the review workflow. */
public enum ArticleState {
    /** Nobody is assigned to review it. */
    NEW,
    /** An editor is assigned but has not given a verdict yet. */
    ASSIGNED,
    /** The assignee has started (or was sent back to) the review. */
    IN_REVIEW,
    /** The assignee has finished; waiting for a team lead's approval. */
    SUBMITTED,
    /** A team lead accepted the review; verdicts are frozen until it is reopened. */
    APPROVED;

    /** How messages name the state, e.g. {@code in review}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
