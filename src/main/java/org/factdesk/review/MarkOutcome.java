package org.factdesk.review;

import java.util.List;

/** A mark's stored sentences and the article's progress right after it, read in the mark's transaction. */
public record MarkOutcome(List<SentenceVerdict> stored, ReviewProgress progress) {

    public MarkOutcome {
        stored = List.copyOf(stored);
    }
}
