package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.factdesk.importing.TestDocuments;
import org.factdesk.importing.TestDocuments.WordParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOCX and ODT read from packages the test writes with the JDK's ZipOutputStream. */
class OfficeFormatsTest {

    private final DocxFormat docx = new DocxFormat();
    private final OdtFormat odt = new OdtFormat();

    @Test
    void docx_paragraphs_headings_and_list_items_in_order_with_the_title_style_as_title() {
        byte[] file = TestDocuments.docx(null, "Erika Mustermann", "2026-11-30T08:15:00Z", List.of(
                WordParagraph.styled("Titel", "Neue ", "Radwege für Köln"),
                WordParagraph.of("Die Stadt baut 12 km Radwege. ", "Das kostet 5,6 Mio. Euro."),
                WordParagraph.styled("berschrift1", "Was sich ändert"),
                WordParagraph.item("Mehr Platz an Kreuzungen"),
                WordParagraph.item("Neue Ampeln"),
                WordParagraph.of("   ")));

        ReadArticle read = docx.read(file, new ReadHints("radwege.docx", null));

        assertThat(read.text()).isEqualTo("""
                Neue Radwege für Köln
                Die Stadt baut 12 km Radwege. Das kostet 5,6 Mio. Euro.
                Was sich ändert
                - Mehr Platz an Kreuzungen
                - Neue Ampeln""");
        assertThat(read.title()).isEqualTo("Neue Radwege für Köln");
        assertThat(read.metadata().author()).isEqualTo("Erika Mustermann");
        assertThat(read.metadata().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(read.encoding()).isNull();
    }

    @Test
    void docx_title_property_wins_and_the_first_heading_is_the_title_without_one() {
        List<WordParagraph> paragraphs = List.of(WordParagraph.styled("berschrift1", "Überschrift im Text"),
                WordParagraph.of("Ein Absatz."));

        assertThat(docx.read(TestDocuments.docx("Titel aus den Eigenschaften", null, null, paragraphs),
                new ReadHints("a.docx", null)).title()).isEqualTo("Titel aus den Eigenschaften");
        assertThat(docx.read(TestDocuments.docx(null, null, null, paragraphs),
                new ReadHints("a.docx", null)).title()).isEqualTo("Überschrift im Text");
    }

    @Test
    void docx_tracked_deletions_and_field_codes_are_not_text() {
        byte[] file = TestDocuments.docxWithBody(null, null, null, "<w:p>"
                + "<w:r><w:t>Der Rat </w:t></w:r>"
                + "<w:del w:id=\"1\"><w:r><w:delText>lehnte ab und </w:delText></w:r></w:del>"
                + "<w:r><w:t>stimmte zu</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:t>.</w:t></w:r></w:p>");

        assertThat(docx.read(file, new ReadHints("a.docx", null)).text()).isEqualTo("Der Rat stimmte zu.");
    }

    @Test
    void docx_with_an_external_entity_does_not_read_the_file_it_names(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM-12345");
        byte[] file = TestDocuments.zip(TestDocuments.entries("word/document.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Text &xxe; Ende</w:t></w:r></w:p></w:body></w:document>"));

        // Either refused as damaged or read without the entity: never with the file's content.
        try {
            assertThat(docx.read(file, new ReadHints("xxe.docx", null)).text()).doesNotContain("GEHEIM");
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageNotContaining("GEHEIM");
        }
    }

    @Test
    void corrupt_docx_is_not_a_word_document_and_encrypted_docx_is_password_protected() {
        byte[] valid = TestDocuments.docx(null, null, null, List.of(WordParagraph.of("Ein Absatz.")));
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);

        assertThatThrownBy(() -> docx.read(truncated, new ReadHints("kaputt.docx", null)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(ImportRefusedException.class);
        assertThatThrownBy(() -> docx.read("kein ZIP".getBytes(), new ReadHints("text.docx", null)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(ImportRefusedException.class);
        assertThatThrownBy(() -> docx.read(TestDocuments.encryptedOfficeFile(), new ReadHints("geheim.docx", null)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("\"geheim.docx\" is protected with a password");
    }

    @Test
    void odt_headings_paragraphs_lists_and_title_style_with_meta_properties() {
        byte[] file = TestDocuments.odt(null, "Max Muster", "2026-10-02T09:00:00", """
                <text:p text:style-name="P1">Hitzewelle in Bayern</text:p>
                <text:p text:style-name="Standard">Die Temperaturen<text:s/>steigen auf <text:span>38 Grad</text:span>.<text:note><text:note-body><text:p>Fußnote</text:p></text:note-body></text:note></text:p>
                <text:h text:outline-level="2">Was zu tun ist</text:h>
                <text:list><text:list-item><text:p>Viel trinken</text:p></text:list-item>
                <text:list-item><text:p>Schatten suchen</text:p></text:list-item></text:list>
                """);

        ReadArticle read = odt.read(file, new ReadHints("hitze.odt", null));

        assertThat(read.text()).isEqualTo("""
                Hitzewelle in Bayern
                Die Temperaturen steigen auf 38 Grad.
                Was zu tun ist
                - Viel trinken
                - Schatten suchen""");
        assertThat(read.title()).isEqualTo("Hitzewelle in Bayern");
        assertThat(read.metadata().author()).isEqualTo("Max Muster");
        assertThat(read.metadata().publishedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void odt_title_property_and_first_heading() {
        String body = "<text:h text:outline-level=\"1\">Erste Überschrift</text:h><text:p>Text.</text:p>";

        assertThat(odt.read(TestDocuments.odt("Aus meta.xml", null, null, body), new ReadHints("a.odt", null)).title())
                .isEqualTo("Aus meta.xml");
        assertThat(odt.read(TestDocuments.odt(null, null, null, body), new ReadHints("a.odt", null)).title())
                .isEqualTo("Erste Überschrift");
    }

    @Test
    void encrypted_odt_is_password_protected_and_corrupt_odt_unreadable() {
        assertThatThrownBy(() -> odt.read(TestDocuments.odt(null, null, null, "<text:p>x</text:p>", true),
                new ReadHints("geheim.odt", null)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("protected with a password");
        byte[] damagedXml = TestDocuments.zip(TestDocuments.entries("content.xml", "<office:document-content"));
        assertThatThrownBy(() -> odt.read(damagedXml, new ReadHints("kaputt.odt", null)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(ImportRefusedException.class);
    }
}
