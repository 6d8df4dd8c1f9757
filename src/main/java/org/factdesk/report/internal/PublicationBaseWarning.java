package org.factdesk.report.internal;

import org.factdesk.report.ReportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start, once, when ClaimReview URLs still use the default publication base: a fact-check
 * published with {@code http://localhost:8080/article/…} links nowhere for its readers, and Google ignores it.
 * Web app only: a command-line export should not repeat it on every run.
 */
@Component
@ConditionalOnWebApplication
class PublicationBaseWarning {

    private static final Logger log = LoggerFactory.getLogger(PublicationBaseWarning.class);

    private final ReportSettings settings;

    PublicationBaseWarning(ReportSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenDefault() {
        String message = message(settings);
        if (message != null) {
            log.warn(message);
        }
    }

    /** The warning for these settings, or null when the base is configured. */
    static String message(ReportSettings settings) {
        if (!settings.publishesToDefaultBase()) {
            return null;
        }
        return "ClaimReview exports link to " + ReportSettings.DEFAULT_PUBLICATION_BASE_URL + " (the default of "
                + "factdesk.reports.publication-base-url): set FACTDESK_PUBLICATION_BASE_URL to where your "
                + "fact-checks are published before you publish any.";
    }
}
