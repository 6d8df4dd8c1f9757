package org.factdesk.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * Settings for published reports. {@code publicationBaseUrl} is where the fact-checks are
 * published: a ClaimReview's URL is this base, the article id and an anchor per sentence
 * ({@code …/42#sentence-7}). {@code organisationName}/{@code organisationUrl} name the
 * ClaimReview author; {@code zone} is the time zone in which the PDF shows dates and times.
 */
@ConfigurationProperties("factdesk.reports")
public record ReportSettings(String publicationBaseUrl, String organisationName, String organisationUrl,
                             ZoneId zone) {

    /** FactDesk's own reader on this machine: fine to try ClaimReview out, never a place to publish. */
    public static final String DEFAULT_PUBLICATION_BASE_URL = "http://localhost:8080/article/";

    public ReportSettings {
        if (publicationBaseUrl == null || publicationBaseUrl.isBlank()) {
            publicationBaseUrl = DEFAULT_PUBLICATION_BASE_URL;
        }
        if (!publicationBaseUrl.endsWith("/")) {
            publicationBaseUrl = publicationBaseUrl + "/";
        }
        if (organisationName == null || organisationName.isBlank()) {
            organisationName = "FactDesk";
        }
        if (organisationUrl != null && organisationUrl.isBlank()) {
            organisationUrl = null;
        }
        if (zone == null) {
            zone = ZoneId.of("Europe/Berlin");
        }
    }

    /** Whether ClaimReview URLs still point at the default base, which no reader outside this machine can open. */
    public boolean publishesToDefaultBase() {
        return publicationBaseUrl.equals(DEFAULT_PUBLICATION_BASE_URL);
    }
}
