package org.factdesk.common;

/** A change that the current state does not allow (e.g. deactivating the last administrator); nothing changed. */
public class RefusedException extends IllegalStateException implements HasUserMessage {

    private final transient UserMessage userMessage;

    public RefusedException(UserMessage userMessage) {
        super(userMessage.english());
        this.userMessage = userMessage;
    }

    public RefusedException(String key, Object... arguments) {
        this(UserMessage.of(key, arguments));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
