package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.e2e.pages.ImportPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportService;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.RevisionService;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * New versions from the import side (ADR 0029): a lead picks "new version of …" and pastes the edited text,
 * the preview counts what becomes of the sentences; a page fetched from the address an article came from
 * (tracking parameters aside) is recognised as its new version and the lead confirms; a pasted text with a
 * stored title is imported as a separate article when the lead says so. The local page server is reachable
 * because the allow-list names 127.0.0.1.
 */
@TestPropertySource(properties = {"factdesk.test.database=new-version-journey",
        "factdesk.import.allowed-hosts=127.0.0.1"})
class NewVersionImportJourneyIT extends BrowserJourney {

    private static final Pattern READER_URL = Pattern.compile(".*/article/(\\d+)$");

    @Autowired
    ImportService imports;
    @Autowired
    RevisionService revisions;
    @Autowired
    UserDetailsService users;

    private HttpServer server;
    /** The page the local server answers with at /artikel/bruecke.html. */
    private final AtomicReference<String> served = new AtomicReference<>("");

    @BeforeAll
    void startPageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/artikel/bruecke.html", exchange -> {
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    void stopPageServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    static List<String> original(String marker) {
        return List.of("Brückensanierung in Ulm " + marker,
                "Die Stadt Ulm saniert ab Mai die Adenauerbrücke über die Donau.",
                "Nach Angaben der Verwaltung kostet die Sanierung 14 Millionen Euro.",
                "Während der Arbeiten bleibt eine Fahrspur je Richtung offen.",
                "Der Verkehrsverbund rechnet mit Verspätungen im Busverkehr.");
    }

    /** A figure changed, a sentence reworded, one removed, one added. */
    static List<String> edited(String marker) {
        List<String> edited = new ArrayList<>(original(marker));
        edited.set(2, "Nach Angaben der Verwaltung kostet die Sanierung 16 Millionen Euro.");
        edited.set(3, "Während der Arbeiten bleibt je Richtung eine Fahrspur offen.");
        edited.remove(4);
        edited.add("Die Arbeiten sollen im Herbst 2027 abgeschlossen sein.");
        return edited;
    }

    @Test
    void lead_picks_new_version_of_an_article_sees_the_counts_and_imports_it() {
        String marker = marker();
        ArticleId v1 = stored(original(marker), "Brücke " + marker, null);
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open();

        pickNewVersionOf(marker, "Brücke " + marker);
        importing.pasteText(String.join("\n", edited(marker)));
        importing.previewPaste();

        Locator counts = importing.preview().locator(".fd-preview-version");
        assertThat(counts).hasText("New version of \"Brücke " + marker
                + "\": 2 unchanged, 1 changed, 1 substance, 1 new, 1 removed");
        counts.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-new-version-preview.png")));
        assertThat(versions(v1)).hasSize(1); // the preview stored nothing

        importing.importPaste();

        ArticleId v2 = openedArticle();
        assertThat(page.locator("vaadin-notification-card")).containsText("Imported as version 2 of \"Brücke " + marker + "\".");
        assertThat(new ReaderPage(page).waitUntilRendered().sentences()).hasCount(5);
        assertThat(versions(v1)).extracting(ArticleVersion::articleId).containsExactly(v1, v2);
    }

    @Test
    void a_page_from_the_same_address_is_offered_as_new_version_and_the_lead_confirms() {
        String marker = marker();
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/artikel/bruecke.html";
        ArticleId v1 = stored(original(marker), "Brücke an der Donau " + marker, address + "/");
        served.set(html(edited(marker)));
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open().tab("web");

        importing.address(address + "?utm_source=newsletter&utm_medium=mail").previewWeb();

        Locator candidate = importing.preview().locator(".fd-candidate");
        assertThat(candidate.locator(".fd-candidate-reason")).hasText("This looks like a new version of \"Brücke an der Donau "
                + marker + "\" (the same source address).");
        assertThat(candidate.locator("vaadin-radio-button")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("import-candidate-new-version.png")));

        importing.importWeb(); // nothing chosen in the preview: asked now
        Locator dialog = page.locator("vaadin-dialog.fd-candidate-dialog");
        assertThat(dialog.locator(".fd-candidate-reason")).containsText("the same source address");
        page.locator(".fd-candidate-new-version").click();

        ArticleId v2 = openedArticle();
        assertThat(versions(v1)).extracting(ArticleVersion::articleId).containsExactly(v1, v2);
        assertThat(new ReaderPage(page).waitUntilRendered().sentences()).hasCount(5);
    }

    @Test
    void a_pasted_text_with_a_stored_title_is_imported_as_a_separate_article_when_the_lead_says_so() {
        String marker = marker();
        ArticleId existing = stored(original(marker), "Sanierung der Adenauerbrücke " + marker, null);
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open();
        importing.pasteText(String.join("\n", edited(marker))).field("title", "Sanierung der ADENAUERBRÜCKE " + marker);
        importing.previewPaste();

        Locator candidate = importing.preview().locator(".fd-candidate");
        assertThat(candidate.locator(".fd-candidate-reason")).containsText("(the same title)");
        candidate.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Import as a separate article"))
                .click();
        importing.importPaste();

        ArticleId separate = openedArticle();
        assertThat(separate).isNotEqualTo(existing);
        assertThat(page.locator("vaadin-dialog.fd-candidate-dialog")).hasCount(0);
        assertThat(versions(existing)).extracting(ArticleVersion::articleId).containsExactly(existing);
        assertThat(versions(separate)).extracting(ArticleVersion::number).containsExactly(1);
    }

    @Test
    void lead_checks_the_source_from_the_reader_and_imports_the_new_version_found_there() {
        String marker = marker();
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/artikel/bruecke.html";
        ArticleId v1 = stored(original(marker), "Quelle geprüft " + marker, address);
        served.set(html(edited(marker)));

        // editors do not import, so they get no check
        BrowserContextSession editor = new BrowserContextSession("editor");
        editor.page.navigate("article/" + v1.value());
        new ReaderPage(editor.page).waitUntilRendered();
        assertThat(editor.page.locator(".fd-detail-source")).isVisible();
        assertThat(editor.page.locator(".fd-check-source")).hasCount(0);
        editor.close();

        new LoginPage(page).signInAs("lead", "lead");
        page.navigate("article/" + v1.value());
        new ReaderPage(page).waitUntilRendered();
        Locator check = page.locator(".fd-reader-details .fd-check-source");
        assertThat(check).containsText("Check the source for a new version");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-check-source.png")));
        check.click();

        Locator dialog = page.locator("vaadin-dialog.fd-source-check-dialog");
        assertThat(dialog.locator(".fd-preview-version")).hasText("New version of \"Quelle geprüft " + marker
                + "\": 2 unchanged, 1 changed, 1 substance, 1 new, 1 removed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader-check-source-found.png")));
        assertThat(versions(v1)).hasSize(1);
        page.locator(".fd-source-check-import").click();

        // the reader was on article/v1 already: wait for the new version's address
        page.waitForURL(url -> READER_URL.matcher(url).matches() && !url.endsWith("/article/" + v1.value()));
        ArticleId v2 = openedArticle();
        assertThat(v2).isNotEqualTo(v1);
        assertThat(versions(v1)).extracting(ArticleVersion::articleId).containsExactly(v1, v2);
        new ReaderPage(page).waitUntilRendered();

        // the source has not changed since: said so, nothing stored
        page.locator(".fd-reader-details .fd-check-source").click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("The source shows no change"))).isVisible();
        assertThat(versions(v2)).hasSize(2);
        // the superseded version offers no check
        page.navigate("article/" + v1.value());
        new ReaderPage(page).waitUntilRendered();
        assertThat(page.locator(".fd-check-source")).hasCount(0);
    }

    /** A second browser context signed in as someone else. */
    private final class BrowserContextSession {
        final com.microsoft.playwright.BrowserContext context;
        final Page page;

        BrowserContextSession(String username) {
            context = newContext("en-US");
            page = context.newPage();
            new LoginPage(page).signInAs(username, username);
        }

        void close() {
            context.close();
        }
    }

    // --- helpers ---

    private void pickNewVersionOf(String search, String title) {
        Locator picker = page.locator("vaadin-combo-box.fd-new-version-of");
        picker.locator("input").fill(search);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(title)).click();
        // Titles here are letters, digits and spaces: no escaping needed for the browser's regex.
        assertThat(picker.locator("input")).hasValue(Pattern.compile("^" + title + " \\(version 1, article \\d+\\)$"));
    }

    private ArticleId openedArticle() {
        page.waitForURL(READER_URL.asPredicate());
        Matcher matcher = READER_URL.matcher(page.url());
        assertThat(matcher.matches()).isTrue();
        return new ArticleId(Long.parseLong(matcher.group(1)));
    }

    private ArticleId stored(List<String> lines, String title, String sourceUrl) {
        return asLead(() -> imports.importText(String.join("\n", lines),
                new ImportOptions(new ArticleMetadata(title, sourceUrl, null, null, null), null)).articleId());
    }

    private List<ArticleVersion> versions(ArticleId id) {
        return asLead(() -> revisions.versions(id));
    }

    static String html(List<String> lines) {
        StringBuilder body = new StringBuilder("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(lines.getFirst()).append("</title></head><body><article><h1>").append(lines.getFirst())
                .append("</h1>");
        lines.subList(1, lines.size()).forEach(line -> body.append("<p>").append(line).append("</p>"));
        return body.append("</article></body></html>").toString();
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 6);
    }

    private <T> T asLead(Callable<T> work) {
        return SignedInAs.call(users, "lead", work);
    }
}
