package org.factdesk.importing;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake through the service: metadata, previews that store nothing, duplicates, limits, the address guard. */
@IntegrationTest
class ImportIntakeIT {

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;

    private static String unique(String headline) {
        return headline + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void typed_metadata_is_stored_and_a_preview_stores_nothing() {
        String headline = unique("Stadtrat senkt die Gebühren");
        String text = headline + "\nDer Rat beschloss am Montag, die Gebühren um 5 Prozent zu senken. Das war knapp.";
        ArticleMetadata typed = new ArticleMetadata(null, "https://example.org/rat", "Kölner Blatt", "Eva Muster",
                LocalDate.of(2026, 11, 3));
        long before = articleService.count();

        ImportPreview preview = importService.previewText(text, new ImportOptions(typed, null));

        assertThat(articleService.count()).isEqualTo(before);
        assertThat(preview.metadata().title()).isEqualTo(headline);
        assertThat(preview.sentenceCount()).isEqualTo(3);
        assertThat(preview.alreadyThere()).isEmpty();

        ImportResult result = importService.importText(text, new ImportOptions(typed, null));
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        ArticleText stored = articleService.findText(result.articleId()).orElseThrow();
        assertThat(stored.metadata()).isEqualTo(typed.withTitle(headline));
        assertThat(stored.sourceName()).isEqualTo("https://example.org/rat");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void the_same_text_with_other_quotes_dashes_spaces_and_line_breaks_is_already_there() {
        String headline = unique("Bahn streicht Verbindungen");
        String original = headline + "\n\n„Wir sparen“, sagte der Chef – am 3. Mai in Berlin.\n\nMehr folgt.";
        String variant = "  " + headline.toUpperCase(Locale.ROOT) + "\r\n\"Wir  sparen\", sagte der Chef - am\u00A03. Mai in Berlin.\r\nMehr folgt.\n";
        ImportResult first = importService.importText(original, ImportOptions.NONE);
        long before = articleService.count();

        assertThat(importService.previewText(variant, ImportOptions.NONE).alreadyThere())
                .hasValueSatisfying(existing -> assertThat(existing.id()).isEqualTo(first.articleId()));
        ImportResult second = importService.importFiles("variante.txt", null,
                variant.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE).getFirst();

        assertThat(second.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_THERE);
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(second.title()).isEqualTo(headline);
        assertThat(articleService.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void a_file_over_the_limit_is_refused_before_it_is_read_whole() {
        long limit = importService.limits().maxFileBytes();
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                served.addAndGet(length);
                return length;
            }
        };

        List<ImportResult> results = importService.importFiles("riesig.txt", "text/plain", endless, ImportOptions.NONE);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
            assertThat(result.refusal().english()).contains("riesig.txt").contains("10 MB");
            assertThat(result.refusal().in(Locale.GERMAN)).contains("größer als 10 MB");
        });
        assertThat(served.get()).isLessThanOrEqualTo(limit + 1);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void an_internal_address_is_not_fetched_and_nothing_is_stored() {
        long before = articleService.count();

        assertThatThrownBy(() -> importService.importWebPage("http://127.0.0.1:9/seite", ImportOptions.NONE))
                .isInstanceOf(WebPageRefusedException.class).hasMessageContaining("internal address");
        assertThatThrownBy(() -> importService.previewWebPage("http://169.254.169.254/latest/meta-data/", ImportOptions.NONE))
                .isInstanceOf(WebPageRefusedException.class);
        assertThat(articleService.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void leads_correct_metadata_and_invalid_metadata_is_refused_with_the_reason() {
        ImportResult imported = importService.importText(unique("Ein Artikel zum Korrigieren") + "\nText hier.",
                ImportOptions.NONE);
        ArticleMetadata corrected = new ArticleMetadata("Korrigierter Titel", "https://example.org/a", "Blatt", null,
                LocalDate.of(2025, 1, 31));

        articleService.updateMetadata(imported.articleId(), corrected);

        assertThat(articleService.findText(imported.articleId()).orElseThrow().metadata()).isEqualTo(corrected);
        assertThatThrownBy(() -> articleService.updateMetadata(imported.articleId(), corrected.withSourceUrl("javascript:alert(1)")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a web address");
        assertThatThrownBy(() -> articleService.updateMetadata(imported.articleId(), corrected.withTitle("  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a title");
        assertThat(articleService.findText(imported.articleId()).orElseThrow().metadata()).isEqualTo(corrected);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void a_5000_sentence_article_imports_and_reads_back_whole() {
        String text = unique("Langer Bericht") + "\n" + org.factdesk.bench.BenchSupport.generatedArticle(5_000);
        int expected = importService.previewText(text, ImportOptions.NONE).sentenceCount();

        ImportResult result = importService.importText(text, ImportOptions.NONE);

        ArticleText stored = articleService.findText(result.articleId()).orElseThrow();
        assertThat(expected).isGreaterThan(4_900);
        assertThat(stored.sentenceCount()).isEqualTo(expected);
        assertThat(stored.blocks().stream().mapToInt(block -> block.sentences().size()).sum()).isEqualTo(expected);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_can_neither_preview_nor_import_nor_correct() {
        assertThatThrownBy(() -> importService.previewText("Ein Satz.", ImportOptions.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importService.importFiles("a.txt", null, new byte[]{'a'}, ImportOptions.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importService.previewWebPage("https://example.org/", ImportOptions.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articleService.updateMetadata(new org.factdesk.article.ArticleId(1), ArticleMetadata.titled("x")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
