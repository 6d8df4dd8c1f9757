package org.factdesk.report.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.report.ReportSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PdfWarmUpTest {

    private static final ReportSettings SETTINGS = new ReportSettings(null, null, null, null);

    @Test
    void the_sample_report_uses_every_verdict_note_and_evidence() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(Locale.GERMAN, SETTINGS.zone()).write(PdfWarmUp.sample(2), Instant.now(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Überschrift", "✓ belegt", "✗ strittig", "Das Zitat ist verkürzt.",
                    "https://example.org/quelle", "Werbung", "keine Behauptung", "Ein Punkt.");
        }
    }

    @Test
    void warming_up_renders_both_languages_without_failing() {
        assertThatCode(() -> PdfWarmUp.run(SETTINGS)).doesNotThrowAnyException();
    }
}
