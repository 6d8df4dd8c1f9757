package org.factdesk.discussion;

import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;
import org.springframework.security.access.AccessDeniedException;

/** A discussion change the signed-in user may not make (someone else's comment); nothing changed. */
public class NotAllowedException extends AccessDeniedException implements HasUserMessage {

    private final transient UserMessage userMessage;

    public NotAllowedException(String key, Object... arguments) {
        this(UserMessage.of(key, arguments));
    }

    private NotAllowedException(UserMessage userMessage) {
        super(userMessage.english());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
