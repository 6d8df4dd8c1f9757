package org.factdesk.assignment;

/**
 * What a team lead has confirmed when assigning: that articles already assigned to another editor
 * move to the new one, and that a due date already past is meant. Without the confirmation the
 * service refuses with {@link AssignmentNeedsConfirmationException}, saying what to confirm.
 */
public enum AssignConfirmation {
    REASSIGN,
    PAST_DUE
}
