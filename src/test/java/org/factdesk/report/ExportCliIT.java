package org.factdesk.report;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.testing.PostgresTestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.report.ExportedFiles.csvRows;
import static org.factdesk.report.ExportedFiles.oneLine;

/**
 * Runs the packaged jar's {@code export} command as a user would, against a file database that this
 * test's application context holds open, the way a running FactDesk does: the jar hands the command to
 * the running app through the command channel (ADR 10; no database port). The context imports the demo data
 * like the web app; two seed articles are then reviewed and approved through the services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closes the database when the class is done
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCliIT {

    /**
     * Vaadin's auto-configuration installs every new context's {@link SecurityContextHolderStrategy}
     * globally, while the cached contexts of the other ITs keep checking their own: this class's context
     * would leave them blind to the user their tests sign in. So the previous strategy is put back.
     */
    private static final SecurityContextHolderStrategy STRATEGY_BEFORE =
            SecurityContextHolder.getContextHolderStrategy();

    private static final Path JAR = Path.of("target", "factdesk.jar");
    private static final Path DATA_DIR = Path.of("target", "export-cli-it", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final String DISPUTED_NOTE = "Die Zahl stammt aus einer Pressemitteilung; nicht belegt.";

    @Autowired
    ReportService reports;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;

    /** A fresh, empty directory for each test's output. */
    Path work;

    final JsonMapper json = JsonMapper.builder().build();
    ArticleId reviewed;
    List<ArticleId> approved;

    /** The default datasource URL of application.properties, on a data directory of this test's own. */
    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("factdesk.data-dir", DATA_DIR::toString);
        registry.add("factdesk.demo-data", () -> "true");
        registry.add("factdesk.reports.warm-up", () -> "false");
    }

    @BeforeAll
    void approveTwoSeedArticles() {
        reviewed = reviewAndApprove("004_59adb0c8911c4187.txt", "editor");
        reviewAndApprove("001_fa1e16ef087a0131.txt", "editor2");
        approved = SystemAuthentication.runAsSystem(() -> reports.select(ExportFilter.inState(ArticleState.APPROVED)));
        assertThat(approved).hasSize(2).contains(reviewed);
    }

    @BeforeEach
    void freshWorkDirectory() throws IOException {
        work = Files.createDirectories(DATA_DIR.resolveSibling("work-" + UUID.randomUUID()));
    }

    @AfterAll
    void restoreTheSecurityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY_BEFORE);
    }

    @Test
    void csv_of_one_article_has_a_bom_and_a_row_per_sentence() throws Exception {
        Path out = work.resolve("not/yet/there/article.csv");

        Result result = export("--format", "csv", "--article", Long.toString(reviewed.value()),
                "--out", out.toString());

        ArticleText article = text(reviewed);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("Wrote 1 article (csv, " + article.sentenceCount() + " rows) to " + out
                + System.lineSeparator());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFarticle_id,title,");
        List<CSVRecord> rows = csvRows(Files.readAllBytes(out));
        assertThat(rows).hasSize(article.sentenceCount());
        assertThat(rows).extracting(r -> r.get("article_id")).containsOnly(Long.toString(reviewed.value()));
        assertThat(rows).extracting(r -> r.get("article_state")).containsOnly("approved");
        assertThat(rows.getFirst().get("verdict")).isEqualTo("disputed");
        assertThat(rows.getFirst().get("note")).isEqualTo(DISPUTED_NOTE);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get("verdict")).containsOnly("no-claim");
        assertThat(fileNames(out.getParent())).containsExactly("article.csv");
    }

    @Test
    void approved_articles_as_claim_review_form_one_json_array() throws Exception {
        Path out = work.resolve("claims.jsonld");

        Result result = export("--format", "claimreview", "--state", "approved", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("Wrote 2 articles (claimreview, 2 reviews) to " + out
                + System.lineSeparator());
        JsonNode claims = json.readTree(out.toFile());
        assertThat(claims.isArray()).isTrue();
        // Only the disputed sentence of each approved article is a claim; no-claim sentences are not reviewed claims.
        assertThat(claims).hasSize(2).allSatisfy(review -> {
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
        });
        assertThat(fileNames(work)).containsExactly("claims.jsonld");
    }

    @Test
    void pdf_of_approved_articles_writes_one_pdf_per_article_into_the_directory() throws Exception {
        Path out = work.resolve("pdfs");

        Result result = export("--format", "pdf", "--state", "approved", "--lang", "en", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("Wrote 2 articles (pdf, 2 files) to " + out + System.lineSeparator());
        List<String> expectedNames = new ArrayList<>();
        for (ArticleId id : approved) {
            ArticleText article = text(id);
            String name = reports.fileName(id, article.title(), reports.format("pdf").orElseThrow());
            expectedNames.add(name);
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name).toFile())) {
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(article.title());
                String text = oneLine(new PDFTextStripper().getText(pdf));
                assertThat(text).contains(oneLine(article.title()), "Review report", "State approved");
            }
        }
        assertThat(fileNames(out)).containsExactlyInAnyOrderElementsOf(expectedNames);
    }

    @Test
    void json_of_all_articles_lists_every_article_of_the_database() throws Exception {
        Path out = work.resolve("all.json");

        Result result = export("--format", "json", "--out", out.toString());

        List<Long> ids = SystemAuthentication.runAsSystem(() -> articles.list(0, 1000)).stream()
                .map(item -> item.id().value()).sorted().toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEqualTo("Wrote " + ids.size() + " articles (json) to " + out
                + System.lineSeparator());
        JsonNode root = json.readTree(out.toFile());
        assertThat(root.get("format").asString()).isEqualTo("factdesk.review-report");
        assertThat(root.get("articles")).extracting(a -> a.get("id").asLong()).containsExactlyElementsOf(ids);
    }

    @Test
    void an_empty_selection_writes_a_valid_empty_csv_and_says_so() throws Exception {
        Path out = work.resolve("none.csv");

        Result result = export("--format", "csv", "--from", "2001-01-01", "--to", "2001-01-31",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEqualTo("Wrote 0 articles (csv, 0 rows) to " + out
                + "; no article matches the selection" + System.lineSeparator());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("\uFEFFarticle_id,title,sentence_ordinal,"
                + "paragraph_ordinal,text,verdict,note,evidence_urls,reviewer,reviewed_at,article_state,comment_count,"
                + "evidence_quotes,evidence_accessed_on,checkworthiness,article_version,version_date\r\n");
        assertThat(fileNames(work)).containsExactly("none.csv");
    }

    @Test
    void a_fresh_database_is_migrated_and_gets_no_demo_data_from_an_export() throws Exception {
        Path freshDataDir = work.resolve("fresh-data");
        Path out = work.resolve("fresh.json");

        Result result = export(freshDataDir, "--format", "json", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEqualTo("Wrote 0 articles (json) to " + out
                + "; no article matches the selection" + System.lineSeparator());
        assertThat(json.readTree(out.toFile()).get("articles")).isEmpty();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + freshDataDir.resolve("factdesk"), "sa",
                Files.readString(freshDataDir.resolve("database.password")).strip());
             Statement sql = db.createStatement()) {
            String appliedMigrations = "select count(*) from \"flyway_schema_history\""
                    + " where \"success\" and \"version\" is not null";
            assertThat(count(sql, appliedMigrations)).isEqualTo(fileNames(Path.of("db", "migration")).size());
            assertThat(count(sql, "select count(*) from article")).isZero();
            assertThat(count(sql, "select count(*) from user_account")).isZero();
        }
    }

    @Test
    void an_unknown_article_exits_with_2_and_writes_nothing() throws Exception {
        Path out = work.resolve("missing.pdf");

        Result result = export("--format", "pdf", "--article", "987654", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .isEqualTo("factdesk export: Article 987654 does not exist." + System.lineSeparator());
        assertThat(work).isEmptyDirectory();
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("--format", "xml", "--out", "OUT"), "unknown format 'xml'"),
                Arguments.of(List.of("--format", "csv", "--article", "abc", "--out", "OUT"),
                        "--article needs an article id"),
                Arguments.of(List.of("--format", "csv", "--article", "1", "--state", "approved", "--out", "OUT"),
                        "cannot be combined with --state"),
                Arguments.of(List.of("--format", "csv", "--state", "approved"), "--out is required"),
                Arguments.of(List.of("--format", "csv", "--state", "archived", "--out", "OUT"),
                        "unknown state 'archived'"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void bad_arguments_exit_with_2_a_one_line_error_and_no_output(List<String> args, String error) throws Exception {
        String out = work.resolve("out.csv").toString();

        Result result = export(args.stream().map(a -> a.replace("OUT", out)).toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        List<String> lines = result.stderr().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("factdesk export: ").contains(error);
        assertThat(lines.getLast()).isEqualTo("Run 'java -jar factdesk.jar export --help' for the options.");
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void help_prints_the_usage_on_standard_output() throws Exception {
        Result result = export("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Usage: java -jar factdesk.jar export").contains("--state", "--verdict");
        assertThat(result.stderr()).isEmpty();
    }

    // --- fixtures --------------------------------------------------------------------------------

    /**
     * Assigns the seed article to the editor, who disputes its first sentence and marks the rest no
     * claim, and submits; the lead approves.
     */
    private ArticleId reviewAndApprove(String seedFile, String editor) {
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.list(0, 1000)).stream()
                .filter(item -> item.sourceName().equals(seedFile)).map(ArticleListItem::id)
                .findFirst().orElseThrow(() -> new AssertionError("seed article " + seedFile + " was not imported"));
        ReviewedArticles.in(context).review(id, editor, sentences -> {
            reviews.save(id, new VerdictChange(sentences.getFirst(), 0), Verdict.DISPUTED, DISPUTED_NOTE, List.of());
            reviews.mark(id, sentences.subList(1, sentences.size()).stream().map(s -> new VerdictChange(s, 0)).toList(),
                    Verdict.NO_CLAIM);
        }, true);
        return id;
    }

    private ArticleText text(ArticleId id) {
        return ReviewedArticles.in(context).text(id);
    }

    /** What a directory holds: the export's files and nothing else (no partial files left behind). */
    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

    /** Runs {@code java -jar target/factdesk.jar export ARGS} on the database the test context holds. */
    private Result export(String... args) throws IOException, InterruptedException {
        return export(DATA_DIR, args);
    }

    private Result export(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "export"));
        command.addAll(Arrays.asList(args));
        Path logs = Files.createTempDirectory("export-cli-it");
        Path stdout = logs.resolve("stdout");
        Path stderr = logs.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("FACTDESK_DATA_DIR", dataDir.toString());
        if (dataDir.equals(DATA_DIR)) {
            PostgresTestDatabases.shareDatabase(context.getEnvironment(), builder.environment());
        } else {
            builder.environment().remove("SPRING_DATASOURCE_URL"); // a data directory of its own: its H2 file
        }
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("export finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
