package org.factdesk.importing.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.factdesk.importing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

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
    void lines_opening_with_a_bullet_are_list_items_each() {
        byte[] pdf = TestDocuments.pdf(null, null, List.of(List.of(
                line(11, "Die Stadt plant:"),
                line(11, "• mehr Radwege an den"),
                line(11, "Hauptstraßen"),
                line(11, "• neue Ampeln"))));

        assertThat(format.read(pdf, new ReadHints("liste.pdf", null)).text()).isEqualTo("""
                Die Stadt plant:
                - mehr Radwege an den Hauptstraßen
                - neue Ampeln""");
    }

    @Test
    void a_pdf_laid_out_by_the_reports_engine_comes_back_as_headline_headings_and_paragraphs() throws Exception {
        String first = "Der Bundestag hat am Freitag nach einer langen Debatte das neue Gesetz beschlossen. ".repeat(6);
        String second = "Die Opposition kritisierte das Vorhaben scharf und kündigte eine Klage an. ".repeat(5);
        String html = "<html><head><style>body{font-size:11pt} h1{font-size:24pt} p{margin:0 0 8pt 0}</style></head>"
                + "<body><h1>Bundestag beschließt das neue Klimagesetz nach langer Debatte</h1>"
                + "<p>" + first + "</p><h2>Was sich ändert</h2><p>" + second + "</p></body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();

        ReadArticle read = format.read(out.toByteArray(), new ReadHints("bericht.pdf", null));

        assertThat(read.title()).isEqualTo("Bundestag beschließt das neue Klimagesetz nach langer Debatte");
        assertThat(read.text()).isEqualTo("Bundestag beschließt das neue Klimagesetz nach langer Debatte\n"
                + first.strip() + "\nWas sich ändert\n" + second.strip());
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
    void a_pdf_with_only_an_owner_password_opens_without_one_and_is_read() {
        // Such a PDF restricts printing or copying in viewers; everyone can open it, so its text is imported.
        byte[] pdf = TestDocuments.pdf(null, "", List.of(List.of(line(11, "Ein Absatz mit Rechten."))));

        assertThat(format.read(pdf, new ReadHints("rechte.pdf", null)).text()).isEqualTo("Ein Absatz mit Rechten.");
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
