package org.factdesk.revision;

import java.time.Instant;
import java.util.List;

/**
 * What a sentence of a new version carried from the version before (ADR 0029): its kind
 * ({@link CarryKind#UNCHANGED}, {@link CarryKind#CHANGED} or {@link CarryKind#SUBSTANCE}), the old sentences
 * (two when they were joined), whether it moved, why it is substance ({@code figure: 27 → 32}), and for a
 * CHANGED one who confirmed the carried verdict when (null: still to confirm). In the reader:
 * {@code data-carried="changed"} while unconfirmed, {@code "substance"}.
 */
public record CarriedSentence(long sentenceId, CarryKind kind, List<Long> fromSentenceIds, boolean moved,
                              List<String> differences, String confirmedBy, Instant confirmedAt) {

    public CarriedSentence {
        fromSentenceIds = List.copyOf(fromSentenceIds);
        differences = List.copyOf(differences);
    }

    public boolean toConfirm() {
        return kind == CarryKind.CHANGED && confirmedAt == null;
    }
}
