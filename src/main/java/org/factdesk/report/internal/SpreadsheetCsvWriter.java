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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The sentence table for people who open it in Excel or LibreOffice set to German: the columns of the
 * machine CSV ({@link CsvReportWriter#HEADER}, same order), but separated by semicolons (a German
 * spreadsheet's list separator, so a double-click opens columns), numbers with a decimal comma, times as
 * {@code 01.12.2026 19:05:03} in {@code factdesk.reports.zone}, days as {@code 01.12.2026}, and headers,
 * verdicts and states as words in the export's language. UTF-8 with a byte order mark, which Excel needs
 * to read umlauts; no {@code sep=} line, since Excel then ignores the byte order mark.
 */
@Component
@Order(25)
public final class SpreadsheetCsvWriter extends BuiltInReportWriter {

    static final char DELIMITER = ';';
    /** The spreadsheet's locale: separators, decimal comma and date order do not follow the labels' language. */
    private static final Locale SPREADSHEET = Locale.GERMANY;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu", SPREADSHEET);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss", SPREADSHEET);

    public SpreadsheetCsvWriter() {
        super("csv-de", "de.csv", "text/csv; charset=UTF-8", true, "sentences-de.csv", "row");
    }

    /** The header in this language: {@code report.csv.<column>} for each column of the machine CSV. */
    static String[] header(ReportLabels labels) {
        return Arrays.stream(CsvReportWriter.HEADER).map(column -> labels.text("report.csv." + column))
                .toArray(String[]::new);
    }

    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        ZoneId zone = options.settings().zone();
        ReportLabels labels = new ReportLabels(options.locale(), zone);
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(CsvReportWriter.BYTE_ORDER_MARK);
            CSVPrinter printer = CSVFormat.RFC4180.builder().setDelimiter(DELIMITER).setHeader(header(labels)).get()
                    .print(writer);
            long rows = 0;
            for (ArticleReport report : (Iterable<ArticleReport>) reports::iterator) {
                rows += SentenceRows.each(report, options.onlyVerdict(), row -> printRow(printer, row, labels, zone));
            }
            printer.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printRow(CSVPrinter printer, SentenceRows row, ReportLabels labels, ZoneId zone)
            throws IOException {
        var given = row.given();
        CsvReportWriter.print(printer, row.article().id().value(), row.article().title(), row.sentence().ordinal(),
                row.block().ordinal(), row.sentence().text(), labels.verdict(row.verdict()),
                given == null ? null : given.note(),
                row.evidence(EvidenceItem::url),
                given == null ? null : given.setByDisplayName(),
                given == null || given.setAt() == null ? null : TIME.format(given.setAt().atZone(zone)),
                labels.state(row.state()), row.comments(),
                row.evidence(EvidenceItem::quote),
                row.evidence(item -> item.accessedOn() == null ? null : DAY.format(item.accessedOn())),
                row.checkworthiness() == null ? null : String.format(SPREADSHEET, "%.2f", row.checkworthiness()),
                row.versionNumber(), TIME.format(row.versionDate().atZone(zone)));
    }
}
