package org.factdesk.report.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.article.ArticleText;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * The sentence table for spreadsheets: one row per sentence, RFC 4180 quoting, UTF-8 with a byte
 * order mark so that Excel shows umlauts. Rows are written as articles come; the target is flushed,
 * not closed (it may be a ZIP entry).
 */
@Component
@Order(20)
public final class CsvReportWriter extends BuiltInReportWriter {

    public static final String[] HEADER = {"article_id", "title", "sentence_ordinal", "paragraph_ordinal", "text",
            "verdict", "note", "evidence_urls", "reviewer", "reviewed_at", "article_state", "comment_count",
            "article_version", "version_date"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One row per sentence (only those with {@code options.onlyVerdict()} when it is set); returns the rows. */
    public CsvReportWriter() {
        super("csv", "csv", "text/csv; charset=UTF-8", true, "sentences.csv", "row");
    }

    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            long rows = 0;
            for (ArticleReport report : (Iterable<ArticleReport>) reports::iterator) {
                rows += write(printer, report, options.onlyVerdict());
            }
            printer.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long write(CSVPrinter printer, ArticleReport report, Verdict onlyVerdict) {
        long rows = 0;
        ArticleText article = report.article();
        String state = ExportNames.of(report.state());
        // The version reviewed and when it was stored (ADR 0029), the same on every row of the article.
        String versionDate = report.versionDate().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            for (ArticleText.Block block : article.blocks()) {
                for (ArticleText.Sentence sentence : block.sentences()) {
                    SentenceVerdict verdict = report.verdicts().get(sentence.id());
                    Verdict value = verdict == null ? null : verdict.verdict();
                    if (onlyVerdict != null && value != onlyVerdict) {
                        continue;
                    }
                    printRow(printer, article.id().value(), article.title(), sentence.ordinal(), block.ordinal(),
                            sentence.text(), value == null ? "" : value.key(),
                            verdict == null ? null : verdict.note(),
                            verdict == null ? null : verdict.evidence().stream().map(EvidenceItem::url)
                                    .collect(Collectors.joining(" | ")),
                            verdict == null ? null : verdict.setByDisplayName(),
                            verdict == null || verdict.setAt() == null
                                    ? null : verdict.setAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                            state, report.commentsOn(sentence.id()), report.versionNumber(), versionDate);
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void printRow(CSVPrinter printer, Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(SpreadsheetCells.neutralise(cell));
        }
        printer.println();
    }
}
