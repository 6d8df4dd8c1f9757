package org.factdesk.review;

/** Where a suggestion stands: waiting for the editor, accepted (the verdict was set from it) or dismissed. */
public enum SuggestionState {
    OPEN, ACCEPTED, DISMISSED
}
