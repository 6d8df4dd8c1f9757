package org.factdesk.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats: PDF for people, CSV and JSON for tools, ClaimReview JSON-LD for publishing. */
public enum ReportFormat {
    PDF("pdf", "pdf", "application/pdf"),
    CSV("csv", "csv", "text/csv; charset=UTF-8"),
    JSON("json", "json", "application/json"),
    CLAIM_REVIEW("claimreview", "claimreview.jsonld", "application/ld+json");

    private final String cliName;
    private final String fileExtension;
    private final String mediaType;

    ReportFormat(String cliName, String fileExtension, String mediaType) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The name used on the command line, e.g. {@code claimreview}. */
    public String cliName() {
        return cliName;
    }

    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Several articles fit into one file of this format (all but PDF: one PDF per article). */
    public boolean combinesArticles() {
        return this != PDF;
    }

    public static Optional<ReportFormat> fromCliName(String name) {
        return Arrays.stream(values())
                .filter(format -> format.cliName.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
