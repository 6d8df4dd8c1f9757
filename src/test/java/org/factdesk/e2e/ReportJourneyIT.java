package org.factdesk.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.e2e.pages.AssignmentsPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.Selects;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.report.ExportedFiles.csvRows;
import static org.factdesk.report.ExportedFiles.pdfText;
import static org.factdesk.report.ExportedFiles.unzip;

/**
 * Exports from the UI: a lead downloads the approved article's PDF from the assignments, an editor
 * the CSV from the reader, a lead builds the batch ZIP. Seed 004 is reviewed and approved through
 * the services first (the workflow journey covers doing that in the UI), on a database of its own.
 */
@TestPropertySource(properties = "factdesk.test.database=report-journey")
class ReportJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";
    private static final String NOTE = "Die Summe stammt aus einem Blogbeitrag; „80 Milliarden“ gilt weltweit.";
    private static final String URL = "https://blogs.microsoft.com/on-the-issues/2025/01/03/";

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.factdesk.discussion.DiscussionService discussion;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private ArticleId article;

    @BeforeAll
    void approveSeed004() {
        ArticleListItem item = SystemAuthentication.runAsSystem(() -> articles.list(0, 10)).stream()
                .filter(a -> a.title().startsWith(SEED_004)).findFirst().orElseThrow();
        article = item.id();
        ReviewedArticles.in(context).review(article, "editor", ids -> {
            reviews.save(article, new VerdictChange(ids.get(1), 0), Verdict.DISPUTED, NOTE,
                    List.of(new EvidenceItem(URL, "an investment of approximately $80 billion", LocalDate.now())));
            reviews.mark(article, IntStream.range(0, 23).filter(i -> i != 1)
                    .mapToObj(i -> new VerdictChange(ids.get(i), 0)).toList(), Verdict.NO_CLAIM);
            reviews.mark(article, IntStream.range(23, 30).mapToObj(i -> new VerdictChange(ids.get(i), 0)).toList(),
                    Verdict.PROMOTIONAL);
        }, true);
    }

    @Test
    void lead_exports_the_approved_article_as_a_german_pdf_from_the_assignments() throws IOException {
        String comment = "Vor der Veröffentlichung mit der Pressestelle abgleichen.";
        org.factdesk.security.SignedInAs.call(users, "lead", () -> discussion.write(article, null, comment));
        new LoginPage(page).signInAs("lead", "lead");
        new AssignmentsPage(page).open().selectRow(SEED_004);
        page.locator(".fd-export").click();
        Locator dialog = page.locator("vaadin-dialog.fd-export-dialog");
        assertThat(dialog).containsText("Export “" + SEED_004);
        // Every format of the registry, in its order: the five built-in ones and the test-only TitlesReportWriter.
        assertThat(dialog.locator(".fd-export-option a")).hasCount(6);
        assertThat(dialog.locator("a.fd-export-titles")).hasText("Titles (test format)");
        assertThat(dialog.locator(".fd-export-option").last()).containsText("the article titles, one per line");
        dialog.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Deutsch")).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve("export-dialog.png")));

        Download download = page.waitForDownload(() -> dialog.locator("a.fd-export-pdf").click());

        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename())
                .startsWith("factdesk-" + article.value() + "-microsoft-wagt-den-befreiungsschlag").endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Prüfbericht", SEED_004, "Status freigegeben", "Zuständig Eva Editor",
                    "Freigegeben Lena Lead", "30 von 30 Sätzen geprüft", "✗ strittig 1", "€ Werbung 7",
                    "– keine Behauptung 22", "Notiz: " + NOTE, URL, "Werbeblock: Sätze 24–30 (7 Sätze)");
            assertThat(text).contains("Diskussion", comment);
            BufferedImage firstPage = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(firstPage, "png", BrowserJourney.SCREENSHOTS.resolve("report-pdf-page1.png").toFile());
        }

        // The discussion is an optional section: unticked, the PDF leaves it out.
        dialog.locator("vaadin-checkbox.fd-export-discussion").click();
        Download without = page.waitForDownload(() -> dialog.locator("a.fd-export-pdf").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(without.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Prüfbericht", SEED_004).doesNotContain("Diskussion", comment);
        }
    }

    @Test
    void editor_downloads_the_csv_from_the_reader_in_german() throws IOException {
        Page editor = newContext("de-DE").newPage();
        new LoginPage(editor).signInAs("editor", "editor");
        editor.navigate("article/" + article.value());
        editor.locator(".fd-export").click();
        Locator dialog = editor.locator("vaadin-dialog.fd-export-dialog");
        assertThat(dialog).containsText("„" + SEED_004);
        assertThat(dialog).containsText("für Tabellenkalkulation auf Deutsch");

        Download download = editor.waitForDownload(() -> dialog.locator("a.fd-export-csv").click());

        List<CSVRecord> rows = csvRows(Files.readAllBytes(download.path()));
        assertThat(rows).hasSize(30);
        assertThat(rows.get(1).get("verdict")).isEqualTo("disputed");
        assertThat(rows.get(1).get("note")).isEqualTo(NOTE);
        assertThat(rows.get(1).get("evidence_urls")).isEqualTo(URL);
        assertThat(rows).extracting(r -> r.get("article_state")).containsOnly("approved");
        assertThat(rows.get(1).get("evidence_quotes")).isEqualTo("an investment of approximately $80 billion");

        // The same table for Excel set to German: semicolons, German labels, the quoted passage and its day.
        assertThat(dialog).containsText("CSV für Excel (deutsch)");
        Download excel = editor.waitForDownload(() -> dialog.locator("a.fd-export-csv-de").click());
        assertThat(excel.suggestedFilename()).endsWith(".de.csv");
        List<CSVRecord> german = org.factdesk.report.ExportedFiles.semicolonCsvRows(Files.readAllBytes(excel.path()));
        assertThat(german).hasSize(30);
        assertThat(german.get(1).get("Bewertung")).isEqualTo("strittig");
        assertThat(german.get(1).get("Notiz")).isEqualTo(NOTE);
        assertThat(german.get(1).get("Zitierte Stellen")).isEqualTo("an investment of approximately $80 billion");
        assertThat(german.get(1).get("Abgerufen am"))
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu").format(LocalDate.now()));
        assertThat(german).extracting(r -> r.get("Status des Artikels")).containsOnly("freigegeben");

        // Editors have no batch export.
        assertThat(editor.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Berichte")))
                .hasCount(0);
        editor.navigate("reports");
        assertThat(editor.locator(".fd-batch-build")).hasCount(0);
        editor.context().close();
    }

    @Test
    void lead_builds_the_batch_zip_of_approved_articles_and_downloads_it() throws IOException {
        new LoginPage(page).signInAs("lead", "lead");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Reports")).click();
        assertThat(page.locator(".fd-batch-matching")).hasText("1 article matches");

        page.locator(".fd-batch-build").click();

        Locator download = page.locator("a.fd-batch-download");
        assertThat(download).isVisible();
        assertThat(page.locator(".fd-batch-progress-text")).hasText("ZIP ready: 1 article, 30 sentences");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve("batch-export.png")));
        Download zip = page.waitForDownload(download::click);
        assertThat(zip.suggestedFilename()).isEqualTo("factdesk-export-" + LocalDate.now() + ".zip");
        Map<String, byte[]> entries = unzip(Files.readAllBytes(zip.path()));
        assertThat(entries.keySet()).hasSize(4)
                .containsSubsequence("sentences.csv", "sentences-de.csv", "claimreview.jsonld");
        assertThat(entries.keySet().iterator().next())
                .startsWith("factdesk-" + article.value() + "-microsoft-wagt-den-befreiungsschlag").endsWith(".pdf");
        assertThat(pdfText(entries.values().iterator().next())).contains("Review report", SEED_004);
        JsonNode claims = JsonMapper.builder().build().readTree(entries.get("claimreview.jsonld"));
        assertThat(claims).hasSize(1);
        // The rating is named in the batch's language, English in this English browser.
        assertThat(claims.get(0).get("reviewRating").get("alternateName").asString()).isEqualTo("Disputed");

        // A filter nothing matches disables the build.
        Selects.choose(page.locator("vaadin-select.fd-batch-verdict"), page.locator(
                "vaadin-select.fd-batch-verdict vaadin-select-item[role='option']",
                new Page.LocatorOptions().setHasText("verified")));
        assertThat(page.locator(".fd-batch-matching")).hasText("No article matches");
        assertThat(page.locator(".fd-batch-build")).isDisabled();

        // All five articles: the progress text counts the steps while the ZIP is built.
        chooseAny(page, "vaadin-select.fd-batch-verdict");
        chooseAny(page, "vaadin-select.fd-batch-state");
        assertThat(page.locator(".fd-batch-matching")).hasText("5 articles match");
        page.locator(".fd-batch-progress-text").evaluate("""
                (element) => {
                  window.fdProgressSeen = [];
                  new MutationObserver(() => window.fdProgressSeen.push(element.textContent))
                      .observe(element, {childList: true, characterData: true, subtree: true});
                }""");
        page.locator(".fd-batch-build").click();
        // Five PDFs: on a busy machine that takes longer than the default five seconds.
        assertThat(page.locator(".fd-batch-progress-text")).hasText("ZIP ready: 5 articles, 226 sentences",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("window.fdProgressSeen");
        // The first text ("Building the ZIP…") may be replaced by "Step 0 of 8" within one push, unseen.
        // Eight steps: five PDFs, the two CSVs and the ClaimReview file.
        assertThat(seen).anyMatch(text -> text.equals("Building the ZIP…") || text.equals("Step 0 of 8"))
                .anyMatch(text -> text.matches("Step [1-8] of 8"));
        assertThat(seen).last().isEqualTo("ZIP ready: 5 articles, 226 sentences");
    }

    /** Picks the select's first item: the empty selection, captioned "Any". */
    private static void chooseAny(Page page, String select) {
        Selects.choose(page.locator(select), page.locator(select + " vaadin-select-item[role='option']").first());
    }

}
