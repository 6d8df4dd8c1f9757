package org.factdesk.assignment;

import org.factdesk.common.RefusedException;
import org.factdesk.common.UserMessage;

import java.util.List;
import java.util.Set;

/**
 * An assignment that would take articles from another editor or set a due date already past, not yet
 * confirmed: nothing changed. The message says what would happen (the articles by title and their
 * current editors); calling again with {@link #needed()} confirmed does it.
 */
public class AssignmentNeedsConfirmationException extends RefusedException {

    /** An article assigned to someone else that the assignment would move. */
    public record Reassignment(String title, String currentAssignee) {
    }

    private final transient Set<AssignConfirmation> needed;
    private final transient List<Reassignment> reassignments;

    public AssignmentNeedsConfirmationException(UserMessage message, Set<AssignConfirmation> needed,
                                                List<Reassignment> reassignments) {
        super(message);
        this.needed = Set.copyOf(needed);
        this.reassignments = List.copyOf(reassignments);
    }

    public Set<AssignConfirmation> needed() {
        return needed;
    }

    public List<Reassignment> reassignments() {
        return reassignments;
    }
}
