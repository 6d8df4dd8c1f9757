package org.factdesk.importing;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.segmentation.BlockKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportServiceIT {

    private static final String TEXT = """
            Ein Testartikel über Zahlen
            Im 2. Quartal stieg der Umsatz um 5,6 Prozent. Das meldete die Firma am 3. Okt. in Berlin.

            - Erster Punkt der Liste
            - Zweiter Punkt
            Schluss.
            """;

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;

    @Test
    @WithMockUser(roles = "LEAD")
    void imports_text_as_blocks_and_sentences_with_a_title_from_the_first_line() {
        ArticleId id = pasted(TEXT);

        ArticleText article = articleService.findText(id).orElseThrow();
        assertThat(article.title()).isEqualTo("Ein Testartikel über Zahlen");
        assertThat(article.blocks()).extracting(ArticleText.Block::kind).containsExactly(
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(1).sentences()).extracting(ArticleText.Sentence::text).containsExactly(
                "Im 2. Quartal stieg der Umsatz um 5,6 Prozent.", "Das meldete die Firma am 3. Okt. in Berlin.");
        assertThat(article.blocks().get(2).sentences().getFirst().text()).isEqualTo("Erster Punkt der Liste");
        assertThat(article.blocks().stream().flatMap(b -> b.sentences().stream()))
                .extracting(ArticleText.Sentence::ordinal).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(article.sentenceCount()).isEqualTo(6);
        assertThat(article.paragraphCount()).isEqualTo(5);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void importing_the_same_text_twice_keeps_one_article() {
        long before = articleService.count();
        ArticleId first = pasted("Ein Artikel, der zweimal kommt.\nZweite Zeile.");
        ArticleId second = pasted("Ein Artikel, der  zweimal kommt.\r\n\r\nZweite Zeile.\n");

        assertThat(second).isEqualTo(first);
        assertThat(articleService.count()).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void blank_text_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> importService.importText(" \n\n ", ImportOptions.NONE))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("holds no text");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_cannot_import() {
        assertThatThrownBy(() -> importService.importText("Ein Satz.", ImportOptions.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void a_text_file_is_read_by_the_plain_text_format_into_the_blocks_pasted_text_gives() {
        String heading = "Ein Testartikel aus einer Datei " + UUID.randomUUID();
        String text = TEXT.replace("Ein Testartikel über Zahlen", heading);
        byte[] withByteOrderMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        ArticleText fromFile = articleService.findText(importService.importFile("datei.txt", null, withByteOrderMark))
                .orElseThrow();

        assertThat(fromFile.title()).isEqualTo(heading);
        assertThat(fromFile.sourceName()).isEqualTo("datei.txt");
        assertThat(fromFile.blocks()).extracting(ArticleText.Block::kind).containsExactly(
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.PARAGRAPH);
        assertThat(fromFile.blocks().get(1).sentences()).extracting(ArticleText.Sentence::text).containsExactly(
                "Im 2. Quartal stieg der Umsatz um 5,6 Prozent.", "Das meldete die Firma am 3. Okt. in Berlin.");
        assertThat(fromFile.sentenceCount()).isEqualTo(6);
        // The same text pasted is the same article: the file's bytes became exactly that text.
        assertThat(pasted(text)).isEqualTo(fromFile.id());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_file_without_a_known_ending_is_read_by_its_media_type_and_charset() {
        String text = "Größere Straßen für Übach " + UUID.randomUUID() + "\nDer Rat beschloss es.";

        ArticleId id = importService.importFile("upload", "text/plain; charset=ISO-8859-1",
                text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(articleService.findText(id).orElseThrow().title()).isEqualTo(text.lines().findFirst().orElseThrow());
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void a_file_no_format_reads_is_refused_naming_the_endings_that_are_read() {
        assertThatThrownBy(() -> importService.importFile("bericht.xyz", "application/octet-stream", new byte[]{1}))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("\"bericht.xyz\" is not a kind of file FactDesk imports (it reads .")
                .hasMessageContaining(".txt");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_cannot_import_files() {
        assertThatThrownBy(() -> importService.importFile("x.txt", null, "Ein Satz.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ArticleId pasted(String text) {
        return importService.importText(text, ImportOptions.NONE).articleId();
    }

    @Test
    void anonymous_callers_cannot_read_articles() {
        assertThatThrownBy(() -> articleService.count())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
