package org.factdesk.review.internal;

import org.factdesk.review.EvidenceItem;
import org.factdesk.review.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which evidence a version had, from the stored changes (ADR 0027). */
class StoredChangeTest {

    private static final EvidenceItem A = new EvidenceItem("https://example.org/a", "Zitat", LocalDate.of(2025, 1, 2));

    @Test
    void a_snapshot_round_trips_quotes_dates_and_missing_quotes() {
        List<EvidenceItem> evidence = List.of(A, new EvidenceItem("https://example.org/b", null, LocalDate.of(2024, 5, 6)));
        assertThat(EvidenceSnapshots.read(EvidenceSnapshots.write(evidence))).isEqualTo(evidence);
    }

    @Test
    void the_evidence_of_a_version_is_the_snapshot_of_the_newest_change_up_to_it() {
        List<StoredChange> newestFirst = List.of(
                change(3, "", EvidenceSnapshots.write(List.of())),
                change(2, null, EvidenceSnapshots.write(List.of(A))),
                change(1, "https://example.org/a", EvidenceSnapshots.write(List.of(A))));

        assertThat(StoredChange.evidenceAt(newestFirst, 3)).contains(List.of());
        assertThat(StoredChange.evidenceAt(newestFirst, 2)).contains(List.of(A));
        assertThat(StoredChange.evidenceAt(newestFirst, 0)).contains(List.of());
    }

    @Test
    void evidence_changed_before_snapshots_were_kept_is_unknown_but_never_changed_evidence_is_none() {
        List<StoredChange> legacy = List.of(change(2, null, null), change(1, "https://example.org/a", null));
        assertThat(StoredChange.evidenceAt(legacy, 2)).isEmpty();
        assertThat(StoredChange.evidenceAt(List.of(change(1, null, null)), 1)).contains(List.of());
    }

    private static StoredChange change(int version, String summary, String snapshot) {
        return new StoredChange(version, null, Verdict.VERIFIED, null, null, summary, snapshot, 1L, null);
    }
}
