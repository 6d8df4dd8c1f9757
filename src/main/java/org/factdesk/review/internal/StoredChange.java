package org.factdesk.review.internal;

import org.factdesk.review.EvidenceItem;
import org.factdesk.review.Verdict;

import java.util.List;
import java.util.Optional;

/**
 * One row of verdict_history as undo and restore need it: the states before and after, who changed it,
 * and the full evidence after it ({@code evidenceSnapshot}, null on rows from before it was recorded).
 */
public record StoredChange(int version, Verdict from, Verdict to, String fromNote, String toNote,
                           String evidenceSummary, String evidenceSnapshot, long changedBy, String origin) {

    /**
     * The sentence's evidence right after {@code version}, from its changes newest first: the snapshot of
     * the newest change up to that version; empty (unknown) when that change touched the evidence before
     * snapshots were recorded; no evidence when it never changed.
     */
    public static Optional<List<EvidenceItem>> evidenceAt(List<StoredChange> newestFirst, int version) {
        for (StoredChange change : newestFirst) {
            if (change.version() > version) {
                continue;
            }
            if (change.evidenceSnapshot() != null) {
                return Optional.of(EvidenceSnapshots.read(change.evidenceSnapshot()));
            }
            if (change.evidenceSummary() != null) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of());
    }
}
