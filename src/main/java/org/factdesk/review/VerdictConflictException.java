package org.factdesk.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Someone else changed a sentence after the client read it; nothing of the whole change was
 * stored. {@link #current()} is the sentence's state now, to show and to retry from.
 */
public class VerdictConflictException extends RuntimeException {

    private final int sentenceOrdinal;
    private final SentenceVerdict current;

    public VerdictConflictException(String message, int sentenceOrdinal, SentenceVerdict current) {
        super(message);
        this.sentenceOrdinal = sentenceOrdinal;
        this.current = current;
    }

    /** E.g. "Sentence 12 was changed by Emil Editor a moment ago: it is now disputed." */
    static VerdictConflictException of(int sentenceOrdinal, SentenceVerdict current, Instant now) {
        String sentence = "Sentence " + sentenceOrdinal;
        if (current.setAt() == null) {
            // The rival change was rolled back after colliding with ours: nothing is stored.
            return new VerdictConflictException(sentence + " was being changed by someone else at the same moment;"
                    + " please try again.", sentenceOrdinal, current);
        }
        String state = current.verdict() == null
                ? "its verdict is now cleared"
                : "it is now " + current.verdict().label();
        return new VerdictConflictException(sentence + " was changed by " + current.setByDisplayName() + " "
                + ago(current.setAt(), now) + ": " + state + ".", sentenceOrdinal, current);
    }

    static String ago(Instant then, Instant now) {
        Duration elapsed = Duration.between(then, now);
        if (elapsed.toMinutes() < 1) {
            return "a moment ago";
        }
        if (elapsed.toHours() < 1) {
            return plural(elapsed.toMinutes(), "minute") + " ago";
        }
        if (elapsed.toDays() < 1) {
            return plural(elapsed.toHours(), "hour") + " ago";
        }
        return "on " + then.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    /** The ordinal (1-based, within the article) of the sentence that was changed meanwhile. */
    public int sentenceOrdinal() {
        return sentenceOrdinal;
    }

    public SentenceVerdict current() {
        return current;
    }
}
