package org.factdesk.assignment;

import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;
import org.springframework.security.access.AccessDeniedException;

/** This user may not change this article's verdicts now (not theirs, submitted, approved); nothing changed. */
public class NotReviewableException extends AccessDeniedException implements HasUserMessage {

    private final transient UserMessage userMessage;

    public NotReviewableException(UserMessage userMessage) {
        super(userMessage.english());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
