package org.factdesk.importing;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One article = one transaction: a file that fails half way through storing leaves nothing behind. */
@IntegrationTest
@WithMockUser(roles = "LEAD")
class ImportTransactionIT {

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_file_the_database_refuses_half_way_leaves_no_article_block_or_sentence_and_the_others_import() {
        String good = "Ein guter Artikel " + UUID.randomUUID() + "\nEr hat zwei Sätze. Das ist der zweite.";
        String alsoGood = "Noch ein guter Artikel " + UUID.randomUUID() + "\nAuch er wird gespeichert.";
        // Its heading and first paragraph are inserted; then a sentence longer than the sentence column
        // (varchar(20000)) makes the database refuse the sentence batch, half way through the article.
        String failing = "Ein Artikel, der scheitert " + UUID.randomUUID() + "\nEin kurzer Satz davor.\n"
                + "Wort ".repeat(4100).strip() + ".";
        byte[] zip = TestDocuments.zip(TestDocuments.entries(
                "a-gut.txt", good, "b-scheitert.txt", failing, "c-gut.txt", alsoGood));
        long articles = count("article");
        long blocks = count("article_block");
        long sentences = count("sentence");

        List<ImportResult> results = importService.importFiles("upload.zip", null, zip, ImportOptions.NONE);

        assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportResult.Outcome.IMPORTED,
                ImportResult.Outcome.REFUSED, ImportResult.Outcome.IMPORTED);
        assertThat(results.get(1).refusal().in(Locale.ENGLISH)).isEqualTo("\"upload.zip/b-scheitert.txt\" could not be "
                + "stored: the database refused it (for example a sentence that is too long). Nothing of it was kept.");
        assertThat(results.get(1).refusal().in(Locale.GERMAN)).startsWith("„upload.zip/b-scheitert.txt“ konnte nicht gespeichert werden");
        // The two good articles: 1 + 1 articles, 2 + 2 blocks, 3 + 2 sentences; nothing of the failing one.
        assertThat(count("article")).isEqualTo(articles + 2);
        assertThat(count("article_block")).isEqualTo(blocks + 4);
        assertThat(count("sentence")).isEqualTo(sentences + 5);
        assertThat(articleService.findByContent(failing)).isEmpty();
    }

    @Test
    void files_of_one_upload_are_independent_a_refused_one_stops_none_of_the_others() {
        String text = "Ein Artikel neben einem kaputten " + UUID.randomUUID() + "\nEr wird gespeichert.";
        long articles = count("article");

        List<ImportResult> broken = importService.importFiles("kaputt.docx", null, "kein Word".getBytes(StandardCharsets.UTF_8),
                ImportOptions.NONE);
        List<ImportResult> fine = importService.importFiles("gut.txt", null, text.getBytes(StandardCharsets.UTF_8),
                ImportOptions.NONE);

        assertThat(broken.getFirst().isRefused()).isTrue();
        assertThat(fine.getFirst().outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(count("article")).isEqualTo(articles + 1);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
