package org.factdesk.assignment;

import org.factdesk.common.UserMessage;

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

    /** How messages name the state, e.g. "in review" / "in Prüfung". */
    public UserMessage userMessage() {
        return UserMessage.of("state." + name());
    }
}
