package org.factdesk.report;

import org.factdesk.review.Verdict;

import java.time.Instant;
import java.util.Locale;

/**
 * What a {@link ReportWriter} may need besides the reports: the labels' language (the PDF), the
 * verdict the reader asked for ({@code onlyVerdict}, null for all: the CSV and ClaimReview then list
 * only such sentences), the moment of the export, the report settings, and whether the PDF has its
 * discussion section ({@code withDiscussion}; a report for outside the newsroom may leave it out), and whether
 * it has the section "changes since the last approved version" ({@code withChanges}, ADR 0029).
 */
public record ReportOptions(Locale locale, Verdict onlyVerdict, Instant exportedAt, ReportSettings settings,
                            boolean withDiscussion, boolean withChanges) {

    /** With the changes since the last approved version, when there are any (the default). */
    public ReportOptions(Locale locale, Verdict onlyVerdict, Instant exportedAt, ReportSettings settings,
                         boolean withDiscussion) {
        this(locale, onlyVerdict, exportedAt, settings, withDiscussion, true);
    }

    /** With the discussion section (the default). */
    public ReportOptions(Locale locale, Verdict onlyVerdict, Instant exportedAt, ReportSettings settings) {
        this(locale, onlyVerdict, exportedAt, settings, true);
    }
}
