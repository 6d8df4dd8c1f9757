package org.factdesk.report;

import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One export format. Every Spring bean of this type is a format: {@link ReportFormats} collects them
 * (in {@link org.springframework.core.annotation.Order @Order}), and the export dialog, the batch
 * ZIP and the command line offer what it holds, so adding a format is adding one class.
 *
 * @see "docs/adr/0005-review-reports.md (the formats)"
 */
public interface ReportWriter {

    /** The name on the command line and in style classes, e.g. {@code claimreview}; lower case, unique. */
    String id();

    /** Without the dot, e.g. {@code claimreview.jsonld}. */
    String fileExtension();

    String mediaType();

    /** What the export dialog calls this format, e.g. "CSV table". */
    String label(Locale locale);

    /** What the format is for, shown under the label. */
    String hint(Locale locale);

    /** Whether several articles fit into one file; a format that does not gets one file per article. */
    boolean combinesArticles();

    /** Whether the writer needs the sentences' history in its reports (loading it costs a query per article). */
    default boolean needsHistory() {
        return false;
    }

    /**
     * The ZIP entry of this format's combined file in the batch export, or null when the batch leaves
     * the format out. A format that does not combine articles puts one file per article into the ZIP,
     * named as when exported alone, for any value but null.
     */
    String batchEntry();

    /**
     * What {@link #write}'s count counts, singular ("row", "review"), for the command line's summary;
     * null when the count says nothing beyond the number of articles.
     */
    default String countedAs() {
        return null;
    }

    /**
     * Writes the reports, one at a time as the stream delivers them (a format that does not combine
     * articles gets exactly one), and returns how many {@link #countedAs() units} it wrote. Must not
     * close {@code out}: it may be a ZIP entry or a response.
     */
    long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out);
}
