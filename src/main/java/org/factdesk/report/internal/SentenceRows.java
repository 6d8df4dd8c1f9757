package org.factdesk.report.internal;

import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.report.ArticleReport;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;

import java.util.List;
import java.util.function.Function;

/**
 * The rows both CSVs have, one per sentence in reading order, before either formats them: the machine CSV
 * writes codes and ISO times, the CSV for German spreadsheets labels, local times and decimal commas.
 */
record SentenceRows(ArticleText article, ArticleState state, ArticleText.Block block, ArticleText.Sentence sentence,
                    SentenceVerdict given, int comments, Double checkworthiness, int versionNumber,
                    java.time.Instant versionDate) {

    /** Several evidence items in one cell, in the order the editor gave them. */
    static final String SEPARATOR = " | ";

    interface Sink {
        void row(SentenceRows row) throws java.io.IOException;
    }

    /** Hands the report's rows to {@code sink} (only sentences of {@code onlyVerdict} when it is set); returns how many. */
    static long each(ArticleReport report, Verdict onlyVerdict, Sink sink) throws java.io.IOException {
        long rows = 0;
        ArticleText article = report.article();
        for (ArticleText.Block block : article.blocks()) {
            for (ArticleText.Sentence sentence : block.sentences()) {
                SentenceVerdict given = report.verdicts().get(sentence.id());
                Verdict value = given == null ? null : given.verdict();
                if (onlyVerdict != null && value != onlyVerdict) {
                    continue;
                }
                sink.row(new SentenceRows(article, report.state(), block, sentence, given,
                        report.commentsOn(sentence.id()), report.checkworthinessOf(sentence.id()).orElse(null),
                        report.versionNumber(), report.versionDate()));
                rows++;
            }
        }
        return rows;
    }

    Verdict verdict() {
        return given == null ? null : given.verdict();
    }

    List<EvidenceItem> evidence() {
        return given == null ? List.of() : given.evidence();
    }

    /** One field of every evidence item, joined; null when there is no evidence. */
    String evidence(Function<EvidenceItem, String> field) {
        List<EvidenceItem> items = evidence();
        if (items.isEmpty()) {
            return null;
        }
        List<String> values = items.stream().map(field).map(value -> value == null ? "" : value).toList();
        // Aligned with the URLs (an item without a quote keeps its place), but no cell of separators only.
        return values.stream().allMatch(String::isEmpty) ? null : String.join(SEPARATOR, values);
    }
}
