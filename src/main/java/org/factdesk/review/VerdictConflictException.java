package org.factdesk.review;

import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Someone else changed a sentence after the client read it; nothing of the whole change was
 * stored. {@link #current()} is the sentence's state now, to show and to retry from.
 */
public class VerdictConflictException extends RuntimeException implements HasUserMessage {

    private final transient UserMessage userMessage;
    private final int sentenceOrdinal;
    private final SentenceVerdict current;

    public VerdictConflictException(UserMessage message, int sentenceOrdinal, SentenceVerdict current) {
        super(message.english());
        this.userMessage = message;
        this.sentenceOrdinal = sentenceOrdinal;
        this.current = current;
    }

    /** E.g. "Sentence 12 was changed by Emil Editor a moment ago: it is now disputed." */
    static VerdictConflictException of(int sentenceOrdinal, SentenceVerdict current, Instant now) {
        UserMessage sentence = UserMessage.of("review.sentence", sentenceOrdinal);
        if (current.setAt() == null) {
            // The rival change was rolled back after colliding with ours: nothing is stored.
            return new VerdictConflictException(UserMessage.of("review.conflict.simultaneous", sentence),
                    sentenceOrdinal, current);
        }
        UserMessage state = current.verdict() == null
                ? UserMessage.of("review.conflict.cleared")
                : UserMessage.of("review.conflict.now", UserMessage.of(current.verdict().translationKey()));
        return new VerdictConflictException(UserMessage.of("review.conflict.changed", sentence,
                current.setByDisplayName(), ago(current.setAt(), now), state), sentenceOrdinal, current);
    }

    static UserMessage ago(Instant then, Instant now) {
        Duration elapsed = Duration.between(then, now);
        if (elapsed.toMinutes() < 1) {
            return UserMessage.of("time.momentAgo");
        }
        if (elapsed.toHours() < 1) {
            return UserMessage.of("time.minutesAgo", elapsed.toMinutes());
        }
        if (elapsed.toDays() < 1) {
            return UserMessage.of("time.hoursAgo", elapsed.toHours());
        }
        return UserMessage.of("time.onDay", then.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }

    /** The ordinal (1-based, within the article) of the sentence that was changed meanwhile. */
    public int sentenceOrdinal() {
        return sentenceOrdinal;
    }

    public SentenceVerdict current() {
        return current;
    }
}
