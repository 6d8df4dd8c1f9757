package org.factdesk.common;

/** An exception that tells a person why something was refused, in words the UI can translate. */
public interface HasUserMessage {

    UserMessage userMessage();
}
