package org.factdesk.review;

/**
 * One sentence's review to carry into the article's new version (ADR 0029): from the old sentence to
 * the new one, as {@code unchanged} or {@code changed} (the wording changed: the verdict is to confirm).
 */
public record CarriedReview(long fromSentenceId, long toSentenceId, boolean wordingChanged) {

    String kind() {
        return wordingChanged ? "changed" : "unchanged";
    }
}
