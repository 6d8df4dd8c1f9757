package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.factdesk.importing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.importing.TestDocuments.PdfLine.line;
import static org.factdesk.importing.TestDocuments.PdfLine.paragraph;

/** PDFs the test draws with PDFBox. */
class PdfFormatTest {

    private final PdfFormat format = new PdfFormat();

    @Test
    void lines_are_joined_into_paragraphs_with_hyphenated_words_rejoined_and_the_large_first_line_as_title() {
        byte[] pdf = TestDocuments.pdf(null, null, List.of(List.of(
                line(22, "Bundestag beschließt"),
                line(22, "neues Klimagesetz"),
                paragraph(11, "Der Bundestag hat am Freitag das Gesetz der Bundes-"),
                line(11, "regierung beschlossen. Es gilt für Nord- und Süd-"),
                line(11, "Ost-Verbindungen ab 2027."),
                paragraph(11, "Die Opposition kritisierte das Vorhaben."),
                paragraph(9, "3"))));

        ReadArticle read = format.read(pdf, new ReadHints("klima.pdf", null));

        assertThat(read.title()).isEqualTo("Bundestag beschließt neues Klimagesetz");
        assertThat(read.text()).isEqualTo("""
                Bundestag beschließt neues Klimagesetz
                Der Bundestag hat am Freitag das Gesetz der Bundesregierung beschlossen. Es gilt für Nord- und Süd-Ost-Verbindungen ab 2027.
                Die Opposition kritisierte das Vorhaben.""");
        assertThat(read.encoding()).isNull();
    }

    @Test
    void a_sentence_running_over_the_page_break_stays_one_paragraph_and_the_info_title_wins() {
        byte[] pdf = TestDocuments.pdf("Titel aus den Dokumenteigenschaften", null, List.of(
                List.of(line(11, "Der erste Absatz beginnt hier und geht")),
                List.of(line(11, "auf der zweiten Seite weiter."), paragraph(11, "Ein neuer Absatz."))));

        ReadArticle read = format.read(pdf, new ReadHints("a.pdf", null));

        assertThat(read.title()).isEqualTo("Titel aus den Dokumenteigenschaften");
        assertThat(read.metadata().author()).isEqualTo("Erika Mustermann");
        assertThat(read.text()).isEqualTo("""
                Der erste Absatz beginnt hier und geht auf der zweiten Seite weiter.
                Ein neuer Absatz.""");
    }

    @Test
    void a_pdf_that_needs_a_password_is_refused_as_protected() {
        byte[] pdf = TestDocuments.pdf(null, "user-secret", List.of(List.of(line(11, "Geheimer Text."))));

        assertThatThrownBy(() -> format.read(pdf, new ReadHints("geheim.pdf", null)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("\"geheim.pdf\" is protected with a password");
    }

    @Test
    void a_pdf_without_a_text_layer_is_a_scanned_pdf() {
        assertThatThrownBy(() -> format.read(TestDocuments.pdfWithoutText(), new ReadHints("scan.pdf", null)))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("\"scan.pdf\" is a scanned PDF: no text to review");
    }

    @Test
    void damaged_bytes_are_not_a_pdf() {
        assertThatThrownBy(() -> format.read("%PDF-1.7 kaputt".getBytes(), new ReadHints("kaputt.pdf", null)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(ImportRefusedException.class);
    }
}
