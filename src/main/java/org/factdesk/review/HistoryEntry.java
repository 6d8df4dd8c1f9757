package org.factdesk.review;

import java.time.Instant;

/**
 * One accepted change of a sentence's verdict. {@code version} is the version it produced;
 * {@code evidenceSummary} is null when the evidence stayed as it was, otherwise the new evidence
 * URLs joined by {@code " | "} (empty when all evidence was removed). {@code origin} is null for an
 * editor's own mark, else why the change was made ({@link HistoryOrigin}).
 */
public record HistoryEntry(int version, Verdict from, Verdict to, String fromNote, String toNote,
                           String evidenceSummary, String byUsername, String byDisplayName, Instant at,
                           String origin) {

    public HistoryEntry(int version, Verdict from, Verdict to, String fromNote, String toNote,
                        String evidenceSummary, String byUsername, String byDisplayName, Instant at) {
        this(version, from, to, fromNote, toNote, evidenceSummary, byUsername, byDisplayName, at, null);
    }
}
