package org.factdesk.common;

/** Input a person gave that FactDesk cannot take (a missing name, a too long comment); nothing changed. */
public class InvalidInputException extends IllegalArgumentException implements HasUserMessage {

    private final transient UserMessage userMessage;

    public InvalidInputException(UserMessage userMessage) {
        super(userMessage.english());
        this.userMessage = userMessage;
    }

    public InvalidInputException(String key, Object... arguments) {
        this(UserMessage.of(key, arguments));
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
