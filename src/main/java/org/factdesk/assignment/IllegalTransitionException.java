package org.factdesk.assignment;

/** A workflow step that is not allowed for this article in its state, or for this user; nothing changed. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
