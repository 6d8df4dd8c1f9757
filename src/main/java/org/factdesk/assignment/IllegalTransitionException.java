package org.factdesk.assignment;

import org.factdesk.common.RefusedException;
import org.factdesk.common.UserMessage;

/** A workflow step that is not allowed for this article in its state, or for this user; nothing changed. */
public class IllegalTransitionException extends RefusedException {

    public IllegalTransitionException(UserMessage message) {
        super(message);
    }
}
