package org.factdesk.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.e2e.pages.ImportPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.e2e.pages.Selects;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake in the browser: a lead pastes an article and reads it split into sentences; uploads a DOCX,
 * a Latin-1 text and a PNG renamed .txt (two imported, one refused, nothing half-stored); imports a
 * page from a local server whose metadata then shows in the reader and the export. Editors get no
 * import. The local server is reachable only because the allow-list names 127.0.0.1.
 */
@TestPropertySource(properties = {"factdesk.test.database=import-journey",
        "factdesk.import.allowed-hosts=127.0.0.1"})
class ImportJourneyIT extends BrowserJourney {

    private static final String PASTED = """
            Stadtwerke senken den Strompreis
            Die Stadtwerke Musterstadt senken den Strompreis zum 1. Jan. um 4,5 Prozent. Das teilte \
            Geschäftsführerin Dr. Anna Beispiel am Montag mit.
            Kunden müssen nichts tun. Die Ersparnis beträgt im Schnitt 60 Euro im Jahr.
            """;
    private static final Pattern READER_URL = Pattern.compile(".*/article/(\\d+)$");

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext applicationContext;

    private HttpServer server;
    private final java.util.concurrent.CountDownLatch slowAnswerReleased = new java.util.concurrent.CountDownLatch(1);
    private ExecutorService serverThreads;

    @BeforeAll
    void startPageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/artikel/wasserpreise.html", exchange -> {
            byte[] body = page().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Answers only when the test has seen the busy state (or after 30 s), with an image: then the refusal.
        server.createContext("/langsam/bild", exchange -> {
            try {
                slowAnswerReleased.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = png();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.start();
    }

    @AfterAll
    void stopPageServer() {
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    @Test
    void lead_pastes_an_article_checks_the_preview_imports_and_reads_it_split_into_sentences() {
        new LoginPage(page).signInAs("lead", "lead");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Import")).click();
        ImportPage importing = new ImportPage(page);
        assertThat(page.locator("vaadin-tabsheet.fd-import-tabs")).isVisible();
        importing.pasteText(PASTED)
                .field("source-url", "https://www.musterstadt-zeitung.example/stadtwerke-strompreis");

        importing.previewPaste();

        assertThat(importing.previewTitle()).hasText("Stadtwerke senken den Strompreis");
        assertThat(importing.preview().locator(".fd-preview-counts")).containsText("3 blocks · 5 sentences");
        assertThat(importing.previewSentences()).hasText(new String[] {"Stadtwerke senken den Strompreis",
                "Die Stadtwerke Musterstadt senken den Strompreis zum 1. Jan. um 4,5 Prozent.",
                "Das teilte Geschäftsführerin Dr. Anna Beispiel am Montag mit.", "Kunden müssen nichts tun.",
                "Die Ersparnis beträgt im Schnitt 60 Euro im Jahr."});
        assertThat(importing.preview().locator(".fd-preview-block").first()).hasAttribute("data-kind", "heading");
        assertThat(importing.preview().locator(".fd-preview-meta"))
                .containsText("https://www.musterstadt-zeitung.example/stadtwerke-strompreis");
        long before = count();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("import-paste-preview.png")));
        assertThat(count()).as("a preview stores nothing").isEqualTo(before);

        importing.importPaste();

        page.waitForURL(READER_URL.asPredicate());
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(reader.title()).hasText("Stadtwerke senken den Strompreis");
        assertThat(reader.sentences()).hasCount(5);
        assertThat(reader.sentence(2)).hasText(
                "Die Stadtwerke Musterstadt senken den Strompreis zum 1. Jan. um 4,5 Prozent.");
        Locator source = page.locator(".fd-detail-source a");
        assertThat(source).hasAttribute("href", "https://www.musterstadt-zeitung.example/stadtwerke-strompreis");
        assertThat(source).hasAttribute("rel", "noopener noreferrer");
        assertThat(count()).isEqualTo(before + 1);

        // The lead corrects the details; an address that is no web address is refused with the reason.
        page.locator(".fd-edit-details").click();
        Locator dialog = page.locator("vaadin-dialog.fd-details-dialog");
        dialog.locator(".fd-details-source-url input").fill("javascript:alert(1)");
        dialog.locator(".fd-details-outlet input").fill("Musterstädter Zeitung");
        dialog.locator(".fd-details-author input").fill("Paula Probe");
        dialog.locator(".fd-details-published input").fill("3/2/2026");
        dialog.locator(".fd-details-published input").press("Enter");
        dialog.locator(".fd-details-save").click();
        assertThat(dialog.locator(".fd-details-error")).containsText("\"javascript:alert(1)\" is not a web address");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-details-dialog.png")));
        dialog.locator(".fd-details-source-url input").fill("https://www.musterstadt-zeitung.example/strom");
        dialog.locator(".fd-details-save").click();

        assertThat(dialog).hasCount(0);
        assertThat(page.locator("vaadin-notification-card.fd-notification",
                new Page.LocatorOptions().setHasText("Details saved."))).isVisible();
        assertThat(page.locator(".fd-detail-outlet")).containsText("Musterstädter Zeitung");
        assertThat(page.locator(".fd-detail-author")).containsText("Paula Probe");
        assertThat(page.locator(".fd-detail-published")).containsText("March 2, 2026");
        assertThat(source).hasAttribute("href", "https://www.musterstadt-zeitung.example/strom");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-details.png")));

        // The same text again: the preview links the article already there, an import opens it.
        importing.open().pasteText(PASTED.replace("\n", "\n\n")).previewPaste();
        assertThat(importing.preview().locator(".fd-preview-already a.fd-import-link"))
                .hasText("Stadtwerke senken den Strompreis");
        importing.importPaste();
        page.waitForURL(READER_URL.asPredicate());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void lead_uploads_three_files_two_are_imported_the_png_is_refused_and_nothing_is_half_stored()
            throws IOException {
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open().tab("upload");
        long before = count();
        byte[] latin1 = """
                Größere Mülltonnen für Bürger
                Die Straßenreinigung führt ab März größere Tonnen ein. Anwohner äußern sich überwiegend positiv.
                """.getBytes(StandardCharsets.ISO_8859_1);

        importing.upload(new FilePayload("radwege.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx()),
                new FilePayload("leserbrief-latin1.txt", "text/plain", latin1),
                new FilePayload("foto.txt", "text/plain", png()));

        assertThat(importing.uploadRows()).hasCount(3);
        Locator text = importing.uploadRow("leserbrief-latin1.txt");
        assertThat(text).hasAttribute("data-state", "ready");
        assertThat(text.locator(".fd-upload-status")).containsText("Größere Mülltonnen für Bürger");
        assertThat(text.locator(".fd-upload-status")).containsText("encoding windows-1252");
        assertThat(importing.uploadRow("radwege.docx")).hasAttribute("data-state", "ready");
        assertThat(importing.uploadRow("radwege.docx").locator(".fd-upload-status"))
                .containsText("Neue Radwege für die Innenstadt");
        Locator png = importing.uploadRow("foto.txt");
        assertThat(png).hasAttribute("data-state", "refused");
        assertThat(png.locator(".fd-upload-status")).containsText("refused: \"foto.txt\" is not a text file");
        assertThat(count()).as("nothing is stored before Import").isEqualTo(before);

        // The encoding: the preview names it; another one is read again and warned about, nothing stored.
        text.locator(".fd-upload-preview").click();
        Locator dialog = page.locator("vaadin-dialog.fd-file-preview");
        assertThat(dialog.locator(".fd-preview-sentence").nth(1))
                .hasText("Die Straßenreinigung führt ab März größere Tonnen ein.");
        Locator encoding = dialog.locator("vaadin-select.fd-preview-encoding");
        Selects.choose(encoding, encodingOption("UTF-8"));
        assertThat(dialog.locator(".fd-preview-replacements")).containsText("could not be decoded with UTF-8");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-file-preview-encoding.png")));
        Selects.choose(encoding, encodingOption("ISO-8859-1"));
        assertThat(dialog.locator(".fd-preview-replacements")).hasCount(0);
        assertThat(dialog.locator(".fd-preview-sentence").first()).hasText("Größere Mülltonnen für Bürger");
        dialog.locator(".fd-preview-close").click();
        assertThat(text.locator(".fd-upload-status")).containsText("encoding ISO-8859-1");
        assertThat(count()).isEqualTo(before);

        importing.importUploads();

        assertThat(page.locator(".fd-upload-result[data-outcome='imported']")).hasCount(2);
        assertThat(png.locator(".fd-upload-status")).containsText("refused: ");
        assertThat(page.locator(".fd-upload-summary")).hasText("2 imported · 0 already there · 1 refused");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("import-upload-results.png")));
        assertThat(count()).as("two articles, nothing of the PNG").isEqualTo(before + 2);

        text.locator("a.fd-import-link").click();
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(reader.title()).hasText("Größere Mülltonnen für Bürger");
        assertThat(reader.sentence(2)).hasText("Die Straßenreinigung führt ab März größere Tonnen ein.");
    }

    @Test
    void a_zip_is_listed_whole_and_answered_with_a_row_per_file_in_it() throws IOException {
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open().tab("upload");
        long before = count();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "lokales/kita.txt", "Neue Kita im Nordviertel\nDie Kita öffnet im August mit 60 Plätzen.");
            entry(zip, "lokales/sport/freibad.md", "# Freibad öffnet früher\n\nDas Freibad öffnet schon am 1. Mai.");
            entry(zip, "leer.txt", "   ");
        }

        importing.upload(new FilePayload("mappe.zip", "application/zip", bytes.toByteArray()));
        Locator row = importing.uploadRow("mappe.zip");
        assertThat(row).hasAttribute("data-state", "zip");
        assertThat(count()).isEqualTo(before);
        importing.importUploads();

        assertThat(row.locator(".fd-upload-result")).hasCount(3);
        assertThat(row.locator(".fd-upload-result[data-outcome='imported']", new Locator.LocatorOptions()
                .setHasText("mappe.zip/lokales/kita.txt"))).containsText("Neue Kita im Nordviertel");
        assertThat(row.locator(".fd-upload-result[data-outcome='imported']", new Locator.LocatorOptions()
                .setHasText("mappe.zip/lokales/sport/freibad.md"))).containsText("Freibad öffnet früher");
        assertThat(row.locator(".fd-upload-result[data-outcome='refused']")).containsText("mappe.zip/leer.txt");
        assertThat(count()).isEqualTo(before + 2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-upload-zip.png")));
    }

    @Test
    void lead_imports_a_web_page_whose_metadata_shows_in_the_reader_and_the_export() throws IOException {
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open().tab("web");

        importing.address("http://192.168.1.1/artikel").previewWeb();
        assertThat(importing.webError()).containsText("192.168.1.1 points to an internal address");

        String slow = "http://127.0.0.1:" + server.getAddress().getPort() + "/langsam/bild";
        importing.address(slow).previewWeb();
        assertThat(page.locator(".fd-web-busy")).isVisible();
        assertThat(page.locator(".fd-web-status")).hasText("Fetching " + slow + "…");
        assertThat(page.locator(".fd-web-preview")).isDisabled();
        slowAnswerReleased.countDown();
        assertThat(importing.webError()).containsText("is not HTML but image/png");
        assertThat(page.locator(".fd-web-busy")).not().isVisible();
        assertThat(page.locator(".fd-web-preview")).isEnabled();

        importing.address(pageAddress()).previewWeb();
        assertThat(importing.previewTitle()).hasText("Wasserpreise steigen im Frühjahr");
        assertThat(importing.preview().locator(".fd-preview-meta")).containsText("Outlet: Lokalblatt");
        assertThat(importing.preview().locator(".fd-preview-meta")).containsText("Author: Jana Muster");
        assertThat(importing.previewSentences()).containsText(new String[] {"Wasserpreise steigen im Frühjahr",
                "Die Wasserwerke erhöhen die Preise zum 1. April um 8 Prozent."});
        assertThat(importing.preview()).not().containsText("Impressum");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("import-web-preview.png")));

        importing.importWeb();

        page.waitForURL(READER_URL.asPredicate());
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(reader.title()).hasText("Wasserpreise steigen im Frühjahr");
        assertThat(page.locator(".fd-detail-outlet")).containsText("Lokalblatt");
        assertThat(page.locator(".fd-detail-author")).containsText("Jana Muster");
        assertThat(page.locator(".fd-detail-published")).containsText("March 14, 2026");
        assertThat(page.locator(".fd-detail-source a")).hasAttribute("href", CANONICAL);

        Matcher id = READER_URL.matcher(page.url());
        assertThat(id.matches()).isTrue();
        ArticleId article = new ArticleId(Long.parseLong(id.group(1)));
        List<Long> sentences = ReviewedArticles.in(applicationContext).sentenceIds(article);
        SignedInAs.run(users, "lead", () -> reviews.save(article, new VerdictChange(sentences.get(1), 0),
                Verdict.VERIFIED, "Preisblatt der Wasserwerke", List.of()));
        page.reload();
        new ReaderPage(page).waitUntilRendered();
        page.locator(".fd-export").click();
        Download download = page.waitForDownload(() -> page.locator("vaadin-dialog.fd-export-dialog a.fd-export-claimreview").click());
        JsonNode claimReviews = JsonMapper.shared().readTree(Files.readAllBytes(download.path()));
        JsonNode claim = claimReviews.isArray() ? claimReviews.get(0).get("itemReviewed")
                : claimReviews.get("itemReviewed");
        assertThat(claim.get("appearance").get("url").asString()).isEqualTo(CANONICAL);
        assertThat(claim.get("appearance").get("headline").asString()).isEqualTo("Wasserpreise steigen im Frühjahr");
        assertThat(claim.get("datePublished").asString()).as("the article's publication day").isEqualTo("2026-03-14");
        assertThat(claim.get("appearance").get("author").get("name").asString()).isEqualTo("Jana Muster");
        assertThat(claim.get("appearance").get("publisher").get("name").asString()).isEqualTo("Lokalblatt");
    }

    @Test
    void editors_see_no_import_and_cannot_open_it_nor_edit_details() {
        Page editor = newContext("de-DE").newPage();
        new LoginPage(editor).signInAs("editor", "editor");
        assertThat(editor.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Artikel")).first())
                .isVisible();
        assertThat(editor.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Import")))
                .hasCount(0);

        editor.navigate("import");

        assertThat(editor.locator(".fd-import")).hasCount(0);
        assertThat(editor.locator(".fd-paste-import")).hasCount(0);

        editor.navigate("article/1");
        new ReaderPage(editor).waitUntilRendered();
        assertThat(editor.locator(".fd-edit-details")).hasCount(0);
        editor.context().close();
    }

    @Test
    void the_import_view_speaks_german() {
        Page lead = newContext("de-DE").newPage();
        new LoginPage(lead).signInAs("lead", "lead");
        new ImportPage(lead).open();
        assertThat(lead.locator("h1")).hasText("Artikel importieren");
        assertThat(lead.locator("vaadin-tab.fd-import-tab-upload")).hasText("Dateien hochladen");
        new ImportPage(lead).tab("upload");
        assertThat(lead.locator(".fd-upload .fd-import-intro")).containsText("Höchstens 10 MB pro Datei");
        new ImportPage(lead).upload(new FilePayload("notiz.txt", "text/plain",
                "Kurze Notiz zur Sitzung\nDer Ausschuss tagt am 12. Mai erneut.".getBytes(StandardCharsets.UTF_8)));
        assertThat(lead.locator(".fd-upload-row .fd-upload-status"))
                .hasText("Bereit: „Kurze Notiz zur Sitzung“, 2 Blöcke · 2 Sätze · Zeichenkodierung UTF-8");
        assertThat(lead.locator(".fd-upload-import")).hasText("1 Datei importieren");
        lead.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-upload-de.png")));

        new ImportPage(lead).tab("paste").pasteText("Eine Überschrift\nErster Satz. Zweiter Satz.").previewPaste();
        assertThat(lead.locator(".fd-preview-counts:visible")).hasText("2 Blöcke · 3 Sätze · Format text");
        assertThat(lead.locator(".fd-preview-kind:visible").first()).hasText("Überschrift");
        lead.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-paste-preview-de.png")));
        lead.context().close();
    }

    private Locator encodingOption(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private long count() {
        return SystemAuthentication.runAsSystem(() -> articles.count());
    }

    // --- what the tests import ---------------------------------------------------------------------

    private static final String CANONICAL = "https://www.lokalblatt.example/artikel/wasserpreise-steigen";

    private String pageAddress() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/artikel/wasserpreise.html";
    }

    private static String page() {
        return """
                <!doctype html>
                <html lang="de"><head><meta charset="utf-8">
                <title>Wasserpreise steigen im Frühjahr – Lokalblatt</title>
                <link rel="canonical" href="%s">
                <meta property="og:site_name" content="Lokalblatt">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Wasserpreise steigen im Frühjahr",
                 "author": {"@type": "Person", "name": "Jana Muster"},
                 "publisher": {"@type": "Organization", "name": "Lokalblatt"},
                 "datePublished": "2026-03-14T08:00:00+01:00"}
                </script>
                </head><body>
                <header><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav></header>
                <main><article>
                <h1>Wasserpreise steigen im Frühjahr</h1>
                <p>Die Wasserwerke erhöhen die Preise zum 1. April um 8 Prozent. Das kündigte der Vorstand am Freitag an.</p>
                <p>Ein Haushalt mit vier Personen zahlt damit rund 30 Euro mehr im Jahr. Sozialtarife bleiben unverändert.</p>
                </article></main>
                <footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
                </body></html>
                """.formatted(CANONICAL);
    }

    /** A minimal Word document: a title paragraph and two body paragraphs. */
    private static byte[] docx() throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="%s"><w:body>
                    <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Neue Radwege für die Innenstadt</w:t></w:r></w:p>
                    <w:p><w:r><w:t xml:space="preserve">Der Stadtrat hat am Dienstag drei neue Radwege beschlossen. </w:t></w:r>\
                    <w:r><w:t>Sie sollen bis 2027 fertig sein.</w:t></w:r></w:p>
                    <w:p><w:r><w:t>Die Kosten trägt zur Hälfte das Land.</w:t></w:r></w:p>
                    </w:body></w:document>""".formatted(w));
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A real PNG's signature and header chunk, then binary pixels: no text, whatever its name says. */
    private static byte[] png() {
        byte[] bytes = new byte[600];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 37) % 256);
        }
        return bytes;
    }
}
