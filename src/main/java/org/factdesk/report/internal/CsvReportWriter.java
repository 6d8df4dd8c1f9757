package org.factdesk.report.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.article.ArticleText;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * The sentence table for spreadsheets: one row per sentence, RFC 4180 quoting, UTF-8 with a byte
 * order mark so that Excel shows umlauts. Rows are written as articles come; {@link #finish()}
 * flushes without closing the target (it may be a ZIP entry).
 */
public final class CsvReportWriter {

    public static final String[] HEADER = {"article_id", "title", "sentence_ordinal", "paragraph_ordinal", "text",
            "verdict", "note", "evidence_urls", "reviewer", "reviewed_at", "article_state"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private long rows;

    public CsvReportWriter(OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BYTE_ORDER_MARK);
            printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the article's sentences (only those with {@code onlyVerdict} when it is not null). */
    public void write(ArticleReport report, Verdict onlyVerdict) {
        ArticleText article = report.article();
        String state = ExportNames.of(report.state());
        try {
            for (ArticleText.Block block : article.blocks()) {
                for (ArticleText.Sentence sentence : block.sentences()) {
                    SentenceVerdict verdict = report.verdicts().get(sentence.id());
                    Verdict value = verdict == null ? null : verdict.verdict();
                    if (onlyVerdict != null && value != onlyVerdict) {
                        continue;
                    }
                    printRow(article.id().value(), article.title(), sentence.ordinal(), block.ordinal(),
                            sentence.text(), value == null ? "" : value.key(),
                            verdict == null ? null : verdict.note(),
                            verdict == null ? null : verdict.evidence().stream().map(EvidenceItem::url)
                                    .collect(Collectors.joining(" | ")),
                            verdict == null ? null : verdict.setByDisplayName(),
                            verdict == null || verdict.setAt() == null
                                    ? null : verdict.setAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                            state);
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printRow(Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(SpreadsheetCells.neutralise(cell));
        }
        printer.println();
    }

    public long rows() {
        return rows;
    }

    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
