package org.factdesk.report.internal;

import org.factdesk.report.ReportSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warning while ClaimReview URLs still point at the default publication base. */
class PublicationBaseWarningTest {

    @Test
    void warns_with_the_default_base_and_names_the_setting() {
        for (String unset : new String[] {null, "", "http://localhost:8080/article/", "http://localhost:8080/article"}) {
            assertThat(PublicationBaseWarning.message(new ReportSettings(unset, null, null, null))).as(unset)
                    .contains("http://localhost:8080/article/", "FACTDESK_PUBLICATION_BASE_URL");
        }
    }

    @Test
    void says_nothing_once_the_base_is_configured() {
        assertThat(PublicationBaseWarning.message(
                new ReportSettings("https://www.example-zeitung.de/faktencheck/", null, null, null))).isNull();
    }
}
