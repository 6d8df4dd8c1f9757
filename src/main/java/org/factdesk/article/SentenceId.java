package org.factdesk.article;

/** Database id of a sentence, at the service boundaries where a bare {@code long} could be any id. */
public record SentenceId(long value) {

    public SentenceId {
        if (value <= 0) {
            throw new IllegalArgumentException("Not a sentence id: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
