package org.factdesk.report;

import org.factdesk.review.Verdict;

import java.time.Instant;
import java.util.Locale;

/**
 * What a {@link ReportWriter} may need besides the reports: the labels' language (the PDF), the
 * verdict the reader asked for ({@code onlyVerdict}, null for all: the CSV and ClaimReview then list
 * only such sentences), the moment of the export and the report settings.
 */
public record ReportOptions(Locale locale, Verdict onlyVerdict, Instant exportedAt, ReportSettings settings) {
}
