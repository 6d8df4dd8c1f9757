package org.factdesk.review.internal;

import org.factdesk.review.Verdict;

/** One accepted change, as appended to verdict_history. */
public record HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                         String toNote, String evidenceSummary) {
}
