package org.factdesk.review.internal;

import org.factdesk.review.Verdict;

/** One accepted change, as appended to verdict_history. */
public record HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                         String toNote, String evidenceSummary, String origin) {

    public HistoryRow(long sentenceId, long articleId, int version, Verdict from, Verdict to, String fromNote,
                      String toNote, String evidenceSummary) {
        this(sentenceId, articleId, version, from, to, fromNote, toNote, evidenceSummary, null);
    }
}
