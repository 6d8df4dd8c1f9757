package org.factdesk.review;

/**
 * One sentence to change, with the version the client last saw ({@code 0}: it saw no verdict
 * yet). A different stored version means someone else changed the sentence meanwhile.
 */
public record VerdictChange(long sentenceId, int expectedVersion) {

    public VerdictChange {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("A verdict version is never negative: " + expectedVersion);
        }
    }
}
