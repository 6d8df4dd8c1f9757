package org.factdesk.assignment;

/** What happened in one workflow transition. */
public enum TransitionAction {
    ASSIGNED, UNASSIGNED, REASSIGNED, STARTED, SUBMITTED, APPROVED, RETURNED, REOPENED,
    /** A new version of the article took over its review (ADR 0029). */
    REVISED
}
