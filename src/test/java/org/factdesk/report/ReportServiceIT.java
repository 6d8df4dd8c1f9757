package org.factdesk.report;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.ArticleState;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.report.ExportedFiles.csvRows;
import static org.factdesk.report.ExportedFiles.oneLine;
import static org.factdesk.report.ExportedFiles.semicolonCsvRows;
import static org.factdesk.report.ExportedFiles.unzip;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every export is parsed back: PDF text with PDFBox, CSV with Commons CSV, JSON and JSON-LD with
 * Jackson, the batch ZIP entry by entry. Each test reviews its own freshly imported article.
 */
@IntegrationTest
class ReportServiceIT {

    static final String DISPUTED_NOTE = "Laut Stadtrat \"4,2 Millionen\"; nicht 3,5.\nZweite Zeile, mit Komma; Ende.";
    static final String SOURCE_URL = "https://www.example-zeitung.de/lokales/grossroehrsdorf";
    static final String OUTLET = "Sächsische Beispielzeitung";
    static final String AUTHOR = "Jörg Müller";
    static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 28);
    static final String LONG_SENTENCE = "Die Gemeinde Großröhrsdorf zählt heute 7.000 Einwohner, wie das Statistische "
            + "Landesamt in seiner jüngsten Veröffentlichung zur Bevölkerungsentwicklung mitteilte.";

    @Autowired
    ReportService reports;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    DiscussionService discussion;

    final JsonMapper json = JsonMapper.builder().build();
    ArticleId article;
    String title;
    List<Long> s;
    ReviewedArticles workflow;

    @BeforeEach
    void reviewAFreshArticle() {
        workflow = ReviewedArticles.in(context);
        title = "Straßenbau in Großröhrsdorf " + UUID.randomUUID().toString().substring(0, 8);
        article = reviewedArticle(title, "editor", true);
        s = workflow.sentenceIds(article);
    }

    // --- PDF -------------------------------------------------------------------------------------

    @Test
    void the_german_pdf_shows_title_counts_and_the_disputed_sentence_with_note_and_url() throws IOException {
        byte[] pdf = asEditor(out -> reports.writeArticle(article, format("pdf"), Locale.GERMAN, out));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/report-service-it-de.pdf"), pdf); // to look at
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Prüfbericht", title, "Quelle", "report-it.txt", "freigegeben",
                    "Eva Editor", "Freigegeben", "Lena Lead");
            assertThat(text).contains("7 von 7 Sätzen geprüft");
            // What the source says about the article: outlet, author, publication day.
            assertThat(oneLine(text)).contains("Medium " + OUTLET, "Autor:in " + AUTHOR, "Erschienen am 28.02.2025");
            assertThat(oneLine(text)).contains("✓ belegt 2", "✗ strittig 1", "€ Werbung 2", "– keine Behauptung 2",
                    "· ungeprüft 0");
            // The disputed sentence with its note and both URLs, German characters exact.
            assertThat(oneLine(text)).contains(
                    "Die Straße wird 2025 für 3,5 Millionen Euro saniert, sagt die Bürgermeister‑Kandidatin.",
                    "Notiz: Laut Stadtrat \"4,2 Millionen\"; nicht 3,5.", "Zweite Zeile, mit Komma; Ende.",
                    "https://www.stadtrat-grossroehrsdorf.de/haushalt", "https://www.example.org/protokoll?id=7&s=2");
            assertThat(oneLine(text)).contains("Der Verband sagte: „Wir setzen nicht alles auf eine Karte.“",
                    "Der Umsatz stieg – laut Bericht – um 5 Prozent.", "„Wir setzen auf Qualität.“",
                    "abgerufen am 01.03.2025");
            assertThat(oneLine(text)).contains("Werbeblock: Sätze 5–6 (2 Sätze)");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
        }
    }

    @Test
    void the_pdf_title_page_names_outlet_source_url_and_publication_date_when_known() throws IOException {
        byte[] pdf = asEditor(out -> reports.writeArticle(article, format("pdf"), Locale.GERMAN, out));
        ArticleId bare = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Ohne Angaben "
                + UUID.randomUUID(), "ohne-angaben.txt", null, "Der Turm ist 80 Jahre alt. Er wird gestrichen.\n")));
        byte[] barePdf = asEditor(out -> reports.writeArticle(bare, format("pdf"), Locale.ENGLISH, out));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String titlePage = oneLine(firstPage(document));
            assertThat(titlePage).contains(title, "Medium " + OUTLET, "Erschienen unter " + SOURCE_URL,
                    "Erschienen am 28.02.2025", "Autor:in " + AUTHOR);
            // To look at: the rendered title page.
            Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", Path.of("target", "screenshots", "report-title-page.png").toFile());
        }
        try (PDDocument document = Loader.loadPDF(barePdf)) {
            String titlePage = oneLine(firstPage(document));
            assertThat(titlePage).contains("Review report", "ohne-angaben.txt");
            assertThat(titlePage).as("no rows for what the source does not say")
                    .doesNotContain("Outlet", "Published at", "Published on", "Author");
        }
    }

    private static String firstPage(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        return stripper.getText(document);
    }

    @Test
    void the_english_pdf_has_english_labels() throws IOException {
        byte[] pdf = asEditor(out -> reports.writeArticle(article, format("pdf"), Locale.ENGLISH, out));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains("Review report", "7 of 7 sentences reviewed", "✗ disputed 1",
                    "Note: Laut Stadtrat", "Promotional block: sentences 5–6", "State approved");
            assertThat(text).doesNotContain("Prüfbericht", "strittig");
        }
    }

    // --- CSV -------------------------------------------------------------------------------------

    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() throws IOException {
        String title = "=HYPERLINK(\"http://evil.example\",\"x\")";
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(title, "formula.txt", null,
                "Erster Satz ist harmlos. Zweiter Satz auch. Dritter Satz bleibt. Vierter Satz hier. Fünfter Satz da.\n")));
        List<Long> ids = workflow.sentenceIds(id);
        List<String> notes = List.of("+49 30 1234 anrufen", "-5 Prozent laut Amt", "@chef bitte prüfen",
                "=SUMME(A1:A9)", "Harmlos = 5");
        asLead(() -> {
            for (int i = 0; i < notes.size(); i++) {
                reviews.save(id, new VerdictChange(ids.get(i), 0), Verdict.NO_CLAIM, notes.get(i), List.of());
            }
            return null;
        });

        List<CSVRecord> rows = csvRows(asEditor(out -> reports.writeArticle(id, format("csv"), Locale.GERMAN, out)));

        assertThat(rows).extracting(r -> r.get("title")).containsOnly("'" + title);
        assertThat(rows).extracting(r -> r.get("note")).containsExactly(
                "'+49 30 1234 anrufen", "'-5 Prozent laut Amt", "'@chef bitte prüfen", "'=SUMME(A1:A9)",
                "Harmlos = 5"); // tab and CR cannot start a stored note (notes are trimmed): SpreadsheetCellsTest
        assertThat(rows).extracting(r -> r.get("text")).first().isEqualTo("Erster Satz ist harmlos.");
        assertThat(rows).extracting(r -> r.get("sentence_ordinal")).first().isEqualTo("1");
    }


    @Test
    void the_csv_has_a_bom_a_row_per_sentence_and_round_trips_quotes_newlines_and_semicolons() throws IOException {
        byte[] csv = asEditor(out -> reports.writeArticle(article, format("csv"), Locale.GERMAN, out));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFarticle_id,title,sentence_ordinal,paragraph_ordinal,text,verdict,note,"
                + "evidence_urls,reviewer,reviewed_at,article_state,comment_count,evidence_quotes,evidence_accessed_on,"
                + "checkworthiness,article_version,version_date\r\n");
        List<CSVRecord> rows = csvRows(csv);
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(r -> r.get("sentence_ordinal"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(rows).extracting(r -> r.get("verdict")).containsExactly(
                "no-claim", "verified", "disputed", "no-claim", "promotional", "promotional", "verified");
        CSVRecord disputed = rows.get(2);
        assertThat(disputed.get("article_id")).isEqualTo(Long.toString(article.value()));
        assertThat(disputed.get("title")).isEqualTo(title);
        assertThat(disputed.get("paragraph_ordinal")).isEqualTo("2");
        assertThat(disputed.get("note")).isEqualTo(DISPUTED_NOTE);
        assertThat(disputed.get("evidence_urls")).isEqualTo(
                "https://www.stadtrat-grossroehrsdorf.de/haushalt | https://www.example.org/protokoll?id=7&s=2");
        assertThat(disputed.get("reviewer")).isEqualTo("Eva Editor");
        assertThat(Instant.parse(disputed.get("reviewed_at"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(disputed.get("article_state")).isEqualTo("approved");
        assertThat(rows.get(1).get("text")).isEqualTo("Der Verband sagte: „Wir setzen nicht alles auf eine Karte.“");
        // The evidence's quoted passage and access day, item by item in the order of the URLs.
        assertThat(rows.get(1).get("evidence_quotes")).isEqualTo("„Wir setzen auf Qualität.“");
        assertThat(rows.get(1).get("evidence_accessed_on")).isEqualTo("2025-03-01");
        assertThat(disputed.get("evidence_quotes")).isEqualTo(" | Seite 4");
        // Evidence saved without an access day gets the day it was saved.
        assertThat(disputed.get("evidence_accessed_on")).matches("\\d{4}-\\d\\d-\\d\\d \\| \\d{4}-\\d\\d-\\d\\d");
        assertThat(rows).extracting(r -> r.get("checkworthiness")).allMatch(value -> value.matches("[01]\\.\\d\\d"));
    }

    @Test
    void the_csv_for_german_excel_opens_as_columns_with_german_labels_decimal_comma_and_local_times()
            throws IOException {
        byte[] csv = asEditor(out -> reports.writeArticle(article, format("csv-de"), Locale.GERMAN, out));
        List<CSVRecord> machine = csvRows(asEditor(out -> reports.writeArticle(article, format("csv"), Locale.GERMAN,
                out)));

        String text = new String(csv, StandardCharsets.UTF_8);
        String headerLine = text.substring(1, text.indexOf("\r\n"));
        // What Excel set to German does on a double-click: one column per semicolon.
        assertThat(headerLine.split(";")).containsExactly("Artikel-Nr.", "Titel", "Satz-Nr.", "Absatz-Nr.", "Satz",
                "Bewertung", "Notiz", "Belege (URLs)", "Geprüft von", "Geprüft am", "Status des Artikels", "Kommentare",
                "Zitierte Stellen", "Abgerufen am", "Prüfwürdigkeit", "Version", "Datum der Version");
        List<CSVRecord> rows = semicolonCsvRows(csv);
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(r -> r.get("Bewertung")).containsExactly(
                "keine Behauptung", "belegt", "strittig", "keine Behauptung", "Werbung", "Werbung", "belegt");
        assertThat(rows).extracting(r -> r.get("Status des Artikels")).containsOnly("freigegeben");
        CSVRecord disputed = rows.get(2);
        assertThat(disputed.get("Notiz")).isEqualTo(DISPUTED_NOTE); // semicolons and line breaks survive, quoted
        assertThat(disputed.get("Satz")).isEqualTo(
                "Die Straße wird 2025 für 3,5 Millionen Euro saniert, sagt die Bürgermeister‑Kandidatin.");
        assertThat(rows.get(1).get("Zitierte Stellen")).isEqualTo("„Wir setzen auf Qualität.“");
        assertThat(rows.get(1).get("Abgerufen am")).isEqualTo("01.03.2025");
        // Times in the configured zone (Europe/Berlin), as a German spreadsheet reads a date and time.
        for (int i = 0; i < rows.size(); i++) {
            String expected = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss")
                    .format(Instant.parse(machine.get(i).get("reviewed_at")).atZone(java.time.ZoneId.of("Europe/Berlin")));
            assertThat(rows.get(i).get("Geprüft am")).isEqualTo(expected);
        }
        // The decimal comma, and the same score as the machine CSV's decimal point.
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("Prüfwürdigkeit")).matches("[01],\\d\\d")
                    .isEqualTo(machine.get(i).get("checkworthiness").replace('.', ','));
        }

        List<CSVRecord> english = semicolonCsvRows(asEditor(out -> reports.writeArticle(article, format("csv-de"),
                Locale.ENGLISH, out)));
        assertThat(english.getFirst().toMap()).containsKeys("Article no.", "Verdict", "Quoted passages", "Accessed on");
        assertThat(english).extracting(r -> r.get("Verdict")).contains("disputed", "verified", "no claim");
        assertThat(english.get(1).get("Accessed on")).isEqualTo("01.03.2025");
    }

    @Test
    void comments_go_into_the_pdf_the_json_and_as_a_count_per_sentence_into_the_csv() throws IOException {
        long root = SignedInAs.call(users, "editor", () -> discussion.write(article, s.get(2),
                "Quelle: Haushaltsplan <i>2025</i>, S. 12")).id();
        SignedInAs.call(users, "editor2", () -> discussion.reply(root, "Geprüft, stimmt."));
        long gone = SignedInAs.call(users, "editor2", () -> discussion.reply(root, "Tippfehler")).id();
        SignedInAs.run(users, "editor2", () -> discussion.delete(gone));
        SignedInAs.run(users, "lead", () -> discussion.resolve(root));
        SignedInAs.call(users, "lead", () -> discussion.write(article, null, "Gut gemacht."));

        byte[] pdf = asEditor(out -> reports.writeArticle(article, format("pdf"), Locale.GERMAN, out));
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/report-service-it-discussion.pdf"), pdf); // to look at
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains("Diskussion", "Zu Satz 3", "Eva Editor", "Quelle: Haushaltsplan <i>2025</i>, S. 12",
                    "Emil Editor", "Geprüft, stimmt.", "gelöscht", "Erledigt von Lena Lead", "Zum ganzen Artikel",
                    "Gut gemacht.");
            assertThat(text).doesNotContain("Tippfehler");
        }

        // Left out on request (a report for outside the newsroom): no section, no comment text.
        byte[] without = asEditor(out -> reports.writeArticle(article, format("pdf"), Locale.GERMAN, false, out));
        try (PDDocument document = Loader.loadPDF(without)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains("Sätze");
            assertThat(text).doesNotContain("Diskussion", "Haushaltsplan", "Geprüft, stimmt.", "Gut gemacht.");
        }

        JsonNode threads = json.readTree(asEditor(out -> reports.writeArticle(article, format("json"), Locale.GERMAN,
                out))).get("articles").get(0).get("discussion");
        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).get("sentence").asInt()).isEqualTo(3);
        assertThat(threads.get(0).get("resolved").asBoolean()).isTrue();
        assertThat(threads.get(0).get("comments")).extracting(c -> c.get("text").isNull() ? null : c.get("text").asString())
                .containsExactly("Quelle: Haushaltsplan <i>2025</i>, S. 12", "Geprüft, stimmt.", null);
        assertThat(threads.get(0).get("comments").get(1).get("author").get("username").asString()).isEqualTo("editor2");
        assertThat(threads.get(1).get("sentence").isNull()).isTrue();

        List<CSVRecord> rows = csvRows(asEditor(out -> reports.writeArticle(article, format("csv"), Locale.GERMAN, out)));
        assertThat(rows).extracting(r -> r.get("comment_count")).containsExactly("0", "0", "2", "0", "0", "0", "0");
    }

    // --- JSON ------------------------------------------------------------------------------------

    @Test
    void the_json_has_blocks_sentences_verdicts_evidence_and_history() throws IOException {
        byte[] bytes = asEditor(out -> reports.writeArticle(article, format("json"), Locale.GERMAN, out));

        JsonNode root = json.readTree(bytes);
        assertThat(root.get("format").asString()).isEqualTo("factdesk.review-report");
        assertThat(root.get("version").asInt()).isEqualTo(5);
        JsonNode a = root.get("articles").get(0);
        assertThat(a.get("id").asLong()).isEqualTo(article.value());
        assertThat(a.get("title").asString()).isEqualTo(title);
        assertThat(a.get("sourceUrl").asString()).isEqualTo(SOURCE_URL);
        assertThat(a.get("outlet").asString()).isEqualTo(OUTLET);
        assertThat(a.get("author").asString()).isEqualTo(AUTHOR);
        assertThat(a.get("publishedOn").asString()).isEqualTo("2025-02-28");
        assertThat(a.get("state").asString()).isEqualTo("approved");
        assertThat(a.get("assignee").get("username").asString()).isEqualTo("editor");
        assertThat(a.get("summary").get("counts").get("disputed").asInt()).isEqualTo(1);
        assertThat(a.get("summary").get("reviewed").asInt()).isEqualTo(7);
        assertThat(a.get("workflow")).extracting(t -> t.get("action").asString())
                .contains("assigned", "submitted", "approved");
        List<JsonNode> sentences = new ArrayList<>();
        a.get("blocks").forEach(b -> b.get("sentences").forEach(sentences::add));
        assertThat(sentences).hasSize(7);
        assertThat(a.get("blocks").get(0).get("kind").asString()).isEqualTo("heading");
        JsonNode disputed = sentences.get(2);
        assertThat(disputed.get("verdict").asString()).isEqualTo("disputed");
        assertThat(disputed.get("note").asString()).isEqualTo(DISPUTED_NOTE);
        assertThat(disputed.get("evidence")).hasSize(2);
        assertThat(disputed.get("evidence").get(0).get("url").asString())
                .isEqualTo("https://www.stadtrat-grossroehrsdorf.de/haushalt");
        assertThat(disputed.get("reviewedBy").get("displayName").asString()).isEqualTo("Eva Editor");
        JsonNode verified = sentences.get(1);
        assertThat(verified.get("evidence").get(0).get("quote").asString()).isEqualTo("„Wir setzen auf Qualität.“");
        assertThat(verified.get("evidence").get(0).get("accessedOn").asString()).isEqualTo("2025-03-01");
        // History: the sentence was first marked no claim, then verified with evidence.
        assertThat(verified.get("history")).hasSize(2);
        assertThat(verified.get("history").get(0).get("to").asString()).isEqualTo("verified");
        assertThat(verified.get("history").get(1).get("to").asString()).isEqualTo("no-claim");
    }

    // --- ClaimReview -----------------------------------------------------------------------------

    @Test
    void claim_review_has_one_review_per_verified_or_disputed_sentence_with_the_required_fields() throws IOException {
        byte[] bytes = asEditor(out -> reports.writeArticle(article, format("claimreview"), Locale.GERMAN, out));

        JsonNode all = json.readTree(bytes);
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(3);
        Map<String, JsonNode> byAnchor = new LinkedHashMap<>();
        all.forEach(review -> byAnchor.put(review.get("url").asString().replaceAll(".*#", ""), review));
        assertThat(byAnchor).containsOnlyKeys("sentence-2", "sentence-3", "sentence-7");
        for (JsonNode review : all) {
            assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("url").asString()).startsWith("https://faktencheck.example.de/pruefungen/"
                    + article.value() + "#sentence-");
            assertThat(review.get("claimReviewed").asString()).isEqualTo(review.get("itemReviewed").get("text").asString());
            assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
            assertThat(review.get("author").get("name").asString()).isEqualTo("Faktencheck Test");
            assertThat(LocalDate.parse(review.get("datePublished").asString())).isNotNull();
            assertThat(review.get("inLanguage").asString()).isEqualTo("de");
            JsonNode rating = review.get("reviewRating");
            assertThat(rating.get("@type").asString()).isEqualTo("Rating");
            assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
            assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
            JsonNode claim = review.get("itemReviewed");
            assertThat(claim.get("@type").asString()).isEqualTo("Claim");
            // Where and when the claim appeared, from the article's metadata.
            JsonNode appearance = claim.get("appearance");
            assertThat(appearance.get("@type").asString()).isEqualTo("CreativeWork");
            assertThat(appearance.get("url").asString()).isEqualTo(SOURCE_URL);
            assertThat(appearance.get("headline").asString()).isEqualTo(title);
            assertThat(appearance.get("author").get("name").asString()).isEqualTo(AUTHOR);
            assertThat(appearance.get("datePublished").asString()).isEqualTo("2025-02-28");
            assertThat(appearance.get("publisher").get("@type").asString()).isEqualTo("Organization");
            assertThat(appearance.get("publisher").get("name").asString()).isEqualTo(OUTLET);
            assertThat(claim.get("datePublished").asString()).isEqualTo("2025-02-28");
        }
        JsonNode disputed = byAnchor.get("sentence-3");
        assertThat(disputed.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
        assertThat(disputed.get("reviewRating").get("alternateName").asString()).isEqualTo("Strittig");
        JsonNode verified = byAnchor.get("sentence-2");
        assertThat(verified.get("reviewRating").get("ratingValue").asInt()).isEqualTo(5);
        assertThat(verified.get("reviewRating").get("alternateName").asString()).isEqualTo("Belegt");
        JsonNode longOne = byAnchor.get("sentence-7");
        assertThat(longOne.get("claimReviewed").asString()).isEqualTo(LONG_SENTENCE); // whole, not cut with "…"
        assertThat(longOne.get("itemReviewed").get("text").asString()).isEqualTo(LONG_SENTENCE);
    }

    @Test
    void without_metadata_the_claim_is_dated_by_its_import_and_its_appearance_names_only_the_version() throws IOException {
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Ohne Quelle "
                + UUID.randomUUID(), "ohne-quelle.txt", null, "Die Brücke ist 120 Jahre alt. Sie wird saniert.\n")));
        List<Long> ids = workflow.sentenceIds(id);
        asLead(() -> reviews.save(id, new VerdictChange(ids.get(0), 0), Verdict.VERIFIED, "Stadtarchiv.", List.of()));

        JsonNode all = json.readTree(asEditor(out -> reports.writeArticle(id, format("claimreview"), Locale.GERMAN, out)));

        assertThat(all).hasSize(1);
        JsonNode claim = all.get(0).get("itemReviewed");
        JsonNode appearance = claim.get("appearance");
        assertThat(appearance.has("url")).isFalse();
        assertThat(appearance.has("publisher")).isFalse();
        assertThat(appearance.get("version").asString()).isEqualTo("1");
        assertThat(claim.get("datePublished").asString())
                .isEqualTo(workflow.text(id).importedAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate()
                        .toString());
    }

    // --- batch -----------------------------------------------------------------------------------

    @Test
    void the_batch_zip_holds_a_pdf_per_selected_article_a_combined_csv_and_claim_review() throws IOException {
        ArticleId second = reviewedArticle("Zweiter Artikel " + UUID.randomUUID(), "editor2", true);
        ArticleId notApproved = reviewedArticle("Nicht freigegeben " + UUID.randomUUID(), "editor2", false);
        ExportFilter filter = new ExportFilter(ArticleState.APPROVED, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1), "editor2", null);
        List<ArticleId> selected = asLead(() -> reports.select(filter));
        assertThat(selected).contains(second).doesNotContain(notApproved, article);
        List<BatchProgress> progress = new ArrayList<>();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        BatchResult result = asLead(() -> reports.writeBatch(filter, Locale.GERMAN, zip, progress::add, () -> false));

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        int sentences = 0;
        for (ArticleId id : selected) {
            String pdfName = entries.keySet().stream().filter(n -> n.startsWith("factdesk-" + id.value() + "-"))
                    .findFirst().orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(entries.get(pdfName))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Prüfbericht");
            }
            sentences += workflow.text(id).sentenceCount();
        }
        assertThat(entries).hasSize(selected.size() + 3).containsKeys("sentences.csv", "sentences-de.csv",
                "claimreview.jsonld");
        assertThat(semicolonCsvRows(entries.get("sentences-de.csv"))).hasSize(sentences);
        List<CSVRecord> rows = csvRows(entries.get("sentences.csv"));
        assertThat(rows).hasSize(sentences);
        assertThat(result).isEqualTo(new BatchResult(selected.size(), sentences));
        assertThat(rows).extracting(r -> r.get("article_state")).containsOnly("approved");
        JsonNode claims = json.readTree(entries.get("claimreview.jsonld"));
        assertThat(claims).hasSize(3 * selected.size());
        assertThat(progress.getFirst()).isEqualTo(new BatchProgress(0, selected.size() + 3));
        assertThat(progress.getLast()).isEqualTo(new BatchProgress(selected.size() + 3, selected.size() + 3));
    }

    @Test
    void a_verdict_filter_keeps_articles_with_such_sentences_and_lists_only_those_sentences() throws IOException {
        ExportFilter filter = new ExportFilter(null, null, null, "editor", Verdict.DISPUTED);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        asLead(() -> reports.writeBatch(filter, Locale.ENGLISH, zip, p -> { }, () -> false));

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        List<CSVRecord> rows = csvRows(entries.get("sentences.csv"));
        assertThat(rows).isNotEmpty().extracting(r -> r.get("verdict")).containsOnly("disputed");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("article_id")).isEqualTo(Long.toString(article.value())));
        assertThat(json.readTree(entries.get("claimreview.jsonld")))
                .allSatisfy(r -> assertThat(r.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1));
    }

    @Test
    void a_cancelled_batch_stops() {
        assertThatThrownBy(() -> asLead(() -> reports.writeBatch(ExportFilter.all(), Locale.GERMAN,
                new ByteArrayOutputStream(), p -> { }, () -> true)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void bad_filters_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> new ExportFilter(null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, null))
                .hasMessage("The date range ends (2026-05-01) before it starts (2026-05-02).");
        assertThatThrownBy(() -> asLead(() -> reports.select(new ExportFilter(null, null, null, "nobody", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no user \"nobody\".");
        assertThatThrownBy(() -> asLead(() -> reports.writeCombined(List.of(article), format("pdf"), null,
                new ByteArrayOutputStream()))).hasMessageContaining("A PDF holds one article");
        assertThatThrownBy(() -> asEditor(out -> reports.writeArticle(new ArticleId(987_654), format("csv"),
                Locale.GERMAN, out))).hasMessage("Article 987654 does not exist.");
    }

    @Test
    void editors_export_single_articles_but_not_batches() {
        assertThatThrownBy(() -> SignedInAs.call(users, "editor", () -> reports.select(ExportFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedInAs.call(users, "editor", () -> reports.writeBatch(ExportFilter.all(),
                Locale.GERMAN, new ByteArrayOutputStream(), p -> { }, () -> false)))
                .isInstanceOf(AccessDeniedException.class);
        ArticleId other = SystemAuthentication.runAsSystem(() -> articles.list(0, 1).getFirst().id());
        assertThatThrownBy(() -> SignedInAs.call(users, "editor", () -> reports.writeCombined(List.of(article, other),
                format("csv"), null, new ByteArrayOutputStream()))).isInstanceOf(AccessDeniedException.class);
    }

    // --- fixtures --------------------------------------------------------------------------------

    private ReportWriter format(String id) {
        return reports.format(id).orElseThrow();
    }

    /** Imports an article, has {@code editor} review all 7 sentences, submit, and (if asked) the lead approve. */
    private ArticleId reviewedArticle(String heading, String editor, boolean approve) {
        String text = heading + "\n"
                + "Der Verband sagte: „Wir setzen nicht alles auf eine Karte.“ "
                + "Die Straße wird 2025 für 3,5 Millionen Euro saniert, sagt die Bürgermeister‑Kandidatin.\n"
                + "Der Umsatz stieg – laut Bericht – um 5 Prozent. Jetzt den Ratgeber kostenlos herunterladen. "
                + "Hier weiterlesen.\n"
                + LONG_SENTENCE + "\n";
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(
                new NewArticle("report-it.txt", new ArticleMetadata(heading, SOURCE_URL, OUTLET, AUTHOR, PUBLISHED),
                        text)));
        assertThat(workflow.sentenceIds(id)).hasSize(7);
        workflow.review(id, editor, ids -> {
            reviews.mark(id, List.of(new VerdictChange(ids.get(0), 0), new VerdictChange(ids.get(1), 0),
                    new VerdictChange(ids.get(3), 0)), Verdict.NO_CLAIM);
            reviews.save(id, new VerdictChange(ids.get(1), 1), Verdict.VERIFIED, null,
                    List.of(new EvidenceItem("https://www.verband.de/pressemitteilung", "„Wir setzen auf Qualität.“",
                            LocalDate.of(2025, 3, 1))));
            reviews.save(id, new VerdictChange(ids.get(2), 0), Verdict.DISPUTED, DISPUTED_NOTE,
                    List.of(new EvidenceItem("https://www.stadtrat-grossroehrsdorf.de/haushalt", null, null),
                            new EvidenceItem("https://www.example.org/protokoll?id=7&s=2", "Seite 4", null)));
            reviews.mark(id, List.of(new VerdictChange(ids.get(4), 0), new VerdictChange(ids.get(5), 0)),
                    Verdict.PROMOTIONAL);
            reviews.save(id, new VerdictChange(ids.get(6), 0), Verdict.VERIFIED, "Landesamt, Tabelle 3.", List.of());
        }, approve);
        return id;
    }

    interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private byte[] asEditor(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedInAs.call(users, "editor", () -> {
            export.to(out);
            return null;
        });
        return out.toByteArray();
    }

    private <T> T asLead(java.util.concurrent.Callable<T> work) {
        return SignedInAs.call(users, "lead", work);
    }

}
