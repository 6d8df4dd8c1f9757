package org.factdesk.report.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import org.factdesk.review.EvidenceItem;
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

/**
 * The sentence table for tools: one row per sentence, RFC 4180 (comma, CRLF), codes for verdicts and
 * states, ISO 8601 times in UTC, a point as decimal separator, UTF-8 with a byte order mark. Rows are
 * written as articles come; the target is flushed, not closed (it may be a ZIP entry). People opening it
 * in a German spreadsheet want {@link SpreadsheetCsvWriter}.
 */
@Component
@Order(20)
public final class CsvReportWriter extends BuiltInReportWriter {

    /** New columns go at the end, so that a tool reading by position keeps working. */
    public static final String[] HEADER = {"article_id", "title", "sentence_ordinal", "paragraph_ordinal", "text",
            "verdict", "note", "evidence_urls", "reviewer", "reviewed_at", "article_state", "comment_count",
            "evidence_quotes", "evidence_accessed_on", "checkworthiness", "article_version", "version_date"};
    static final char BYTE_ORDER_MARK = '\uFEFF';

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
                rows += SentenceRows.each(report, options.onlyVerdict(), row -> printRow(printer, row));
            }
            printer.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printRow(CSVPrinter printer, SentenceRows row) throws IOException {
        var given = row.given();
        print(printer, row.article().id().value(), row.article().title(), row.sentence().ordinal(),
                row.block().ordinal(), row.sentence().text(), row.verdict() == null ? "" : row.verdict().key(),
                given == null ? null : given.note(),
                row.evidence(EvidenceItem::url),
                given == null ? null : given.setByDisplayName(),
                given == null || given.setAt() == null ? null : given.setAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                ExportNames.of(row.state()), row.comments(),
                row.evidence(EvidenceItem::quote),
                row.evidence(item -> item.accessedOn() == null ? null : item.accessedOn().toString()),
                row.checkworthiness() == null ? null : String.format(Locale.ROOT, "%.2f", row.checkworthiness()),
                // The version reviewed and when it was stored (ADR 0029), the same on every row of the article.
                row.versionNumber(), row.versionDate().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static void print(CSVPrinter printer, Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(SpreadsheetCells.neutralise(cell));
        }
        printer.println();
    }
}
