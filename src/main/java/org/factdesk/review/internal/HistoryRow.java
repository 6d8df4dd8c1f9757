package org.factdesk.review.internal;

import org.factdesk.review.Verdict;

/**
 * One accepted change, as appended to verdict_history; {@code evidenceSnapshot} is the full evidence after
 * it ({@link EvidenceSnapshots}), null when not recorded.
 */
public record HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                         String toNote, String evidenceSummary, String origin, String evidenceSnapshot) {

    public HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                      String toNote, String evidenceSummary, String origin) {
        this(sentenceId, articleId, version, from, to, fromNote, toNote, evidenceSummary, origin, null);
    }

    public HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                      String toNote, String evidenceSummary) {
        this(sentenceId, articleId, version, from, to, fromNote, toNote, evidenceSummary, null);
    }
}
