package org.factdesk.review;

import java.time.Instant;
import java.util.List;

/**
 * The current review state of one sentence. {@code verdict} is null when the verdict was cleared;
 * {@code version} is what the next {@link VerdictChange} must expect.
 */
public record SentenceVerdict(long sentenceId, Verdict verdict, String note, int version, String setByUsername,
                              String setByDisplayName, Instant setAt, List<EvidenceItem> evidence) {

    public SentenceVerdict {
        evidence = List.copyOf(evidence);
    }
}
