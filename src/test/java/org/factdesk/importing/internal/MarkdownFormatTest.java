package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.factdesk.importing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownFormatTest {

    private final MarkdownFormat format = new MarkdownFormat();

    private ReadArticle read(String markdown) {
        return format.read(markdown.getBytes(StandardCharsets.UTF_8), new ReadHints("artikel.md", null));
    }

    @Test
    void headings_paragraphs_and_list_items_become_lines_without_markup() {
        ReadArticle read = read("""
                # Stadtrat beschließt **neuen** Haushalt

                Der Rat der Stadt hat am Montag
                den Haushalt beschlossen. Mehr dazu [im Bericht](https://example.org/bericht).

                ## Die Zahlen

                - Ausgaben: 5,6 Mio. Euro
                - Einnahmen: *4,1* Mio. Euro
                  1. davon Steuern `3,2` Mio.

                > Ein Zitat des Bürgermeisters.

                ![Foto des Rathauses](rathaus.jpg)

                ```
                code ist kein Artikeltext
                ```

                <div class="werbung">HTML-Block</div>

                Schluss mit <b>Markup</b> &amp; Entitäten.
                """);

        assertThat(read.title()).isEqualTo("Stadtrat beschließt neuen Haushalt");
        assertThat(read.text()).isEqualTo("""
                Stadtrat beschließt neuen Haushalt
                Der Rat der Stadt hat am Montag den Haushalt beschlossen. Mehr dazu im Bericht.
                Die Zahlen
                - Ausgaben: 5,6 Mio. Euro
                - Einnahmen: 4,1 Mio. Euro
                - davon Steuern 3,2 Mio.
                Ein Zitat des Bürgermeisters.
                Schluss mit Markup & Entitäten.""");
        assertThat(read.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void without_a_level_one_heading_there_is_no_title_from_the_file() {
        assertThat(read("## Unterzeile\n\nText.").title()).isNull();
    }

    @Test
    void front_matter_gives_title_author_and_date() {
        ReadArticle read = read("""
                ---
                title: "Aus der Front Matter"
                author: Erika Mustermann
                date: 2026-11-30
                ---
                Nur ein Absatz.
                """);

        assertThat(read.title()).isEqualTo("Aus der Front Matter");
        assertThat(read.metadata().author()).isEqualTo("Erika Mustermann");
        assertThat(read.metadata().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(read.text()).isEqualTo("Nur ein Absatz.");
    }

    @Test
    void a_latin_1_markdown_file_keeps_its_umlauts() {
        ReadArticle read = format.read("# Größere Straßen\n\nÜber die Brücke.".getBytes(Charset.forName("ISO-8859-1")),
                new ReadHints("alt.md", null));

        assertThat(read.title()).isEqualTo("Größere Straßen");
        assertThat(read.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void a_png_renamed_to_md_is_refused() {
        assertThatThrownBy(() -> format.read(TestDocuments.png(), new ReadHints("bild.md", null)))
                .isInstanceOf(ImportRefusedException.class).hasMessage("\"bild.md\" is not a text file but a PNG file.");
    }
}
