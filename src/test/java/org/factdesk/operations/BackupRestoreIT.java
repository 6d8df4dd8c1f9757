package org.factdesk.operations;

import org.factdesk.Application;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} while the app runs (through the command channel), {@code restore} into a new
 * directory, and the app started there finds every verdict, note, evidence and history row.
 */
@ExtendWith(RestoreSecurityContextStrategy.class)
class BackupRestoreIT {

    private static final Path JAR = Path.of("target", "factdesk.jar");
    private static final String NOTE = "Laut Pressemitteilung vom 3. Mai; „Zahl“ nicht belegt.";
    private static final List<String> TABLES = List.of(
            "select * from verdict order by sentence_id",
            "select * from evidence order by id",
            "select * from verdict_history order by id",
            "select * from article_transition order by id",
            "select * from article_assignment order by article_id",
            "select id, username, password_hash, role, active from user_account order by id");

    @TempDir
    Path parent;

    @Test
    void a_backup_taken_while_the_app_runs_restores_every_verdict_note_and_history_row() throws Exception {
        Path original = parent.resolve("original");
        Path backup = parent.resolve("out/factdesk-backup.zip");
        Map<String, List<Map<String, Object>>> before;
        try (ConfigurableApplicationContext app = start(original)) {
            review(app);
            before = contents(app);
            assertThat(before.get(TABLES.getFirst())).hasSizeGreaterThanOrEqualTo(30);

            Result backedUp = jar("backup", "--out", backup.toString());

            assertThat(backedUp.exitCode()).as(backedUp.stderr()).isZero();
            assertThat(backedUp.stderr()).startsWith("Backed up 5 articles (").endsWith(") to " + backup
                    + System.lineSeparator());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            try (var beside = Files.list(backup.getParent())) {
                assertThat(beside).as("H2's own copy never lands beside the backup").containsExactly(backup);
            }
            // Editors go on working after the backup; the restored copy has the state of the backup.
            markOneMore(app);
        }

        Path restored = parent.resolve("restored");
        Result restoredResult = jar("restore", "--from", backup.toString(), "--data-dir", restored.toString());
        assertThat(restoredResult.exitCode()).as(restoredResult.stderr()).isZero();
        assertThat(restoredResult.stderr()).startsWith("Restored 5 articles (backup of ");

        try (ConfigurableApplicationContext app = start(restored)) {
            assertThat(contents(app)).isEqualTo(before);
        }
    }

    @Test
    void restore_refuses_a_directory_in_use_and_a_file_that_is_no_backup_and_leaves_nothing() throws Exception {
        Path notEmpty = Files.createDirectories(parent.resolve("busy"));
        Files.writeString(notEmpty.resolve("factdesk.mv.db"), "x");
        Path noBackup = Files.writeString(parent.resolve("notes.zip"), "not a zip");

        Result intoBusy = jar("restore", "--from", noBackup.toString(), "--data-dir", notEmpty.toString());
        Result fromJunk = jar("restore", "--from", noBackup.toString(), "--data-dir", parent.resolve("new").toString());
        Result badArguments = jar("restore", "--from", noBackup.toString());

        assertThat(intoBusy.exitCode()).isEqualTo(2);
        assertThat(intoBusy.stderr()).isEqualTo("factdesk restore: " + notEmpty
                + " is not empty; restore into a new directory" + System.lineSeparator());
        assertThat(fromJunk.exitCode()).isEqualTo(2);
        assertThat(fromJunk.stderr()).contains("is not a FactDesk backup").hasLineCount(1);
        assertThat(parent.resolve("new")).doesNotExist();
        assertThat(badArguments.exitCode()).isEqualTo(2);
        assertThat(badArguments.stderr()).hasLineCount(1);
    }

    @Test
    void backup_of_a_database_other_than_the_embedded_one_points_to_its_own_tools() {
        BackupService postgres = new BackupService(null, "jdbc:postgresql://db:5432/factdesk", "secret",
                java.util.Optional.empty());
        var err = new java.io.ByteArrayOutputStream();
        var out = new java.io.ByteArrayOutputStream();

        int exit = BackupCommand.runInApp(List.of("--out", "b.zip"), parent, postgres,
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("factdesk backup: the database is PostgreSQL: back it up with pg_dump"
                + " (e.g. pg_dump -Fc -f factdesk.dump DBNAME)" + System.lineSeparator());
        assertThat(parent.resolve("b.zip")).doesNotExist();
    }

    private static void review(ConfigurableApplicationContext app) {
        ArticleService articles = app.getBean(ArticleService.class);
        ReviewService reviews = app.getBean(ReviewService.class);
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.list(0, 100)).stream()
                .map(ArticleListItem::id).findFirst().orElseThrow();
        ReviewedArticles.in(app).review(id, "editor", sentences -> {
            reviews.save(id, new VerdictChange(sentences.get(0), 0), Verdict.DISPUTED, NOTE, List.of());
            reviews.save(id, new VerdictChange(sentences.get(1), 0), Verdict.VERIFIED, "Belegt.",
                    List.of(new EvidenceItem("https://example.org/quelle?a=1&b=2", "„Zitat“ – mit ß",
                            LocalDate.of(2026, 11, 30))));
            reviews.mark(id, sentences.subList(2, sentences.size()).stream().map(s -> new VerdictChange(s, 0)).toList(),
                    Verdict.NO_CLAIM);
            reviews.mark(id, List.of(new VerdictChange(sentences.get(2), 1)), Verdict.PROMOTIONAL);
        }, true);
    }

    private static void markOneMore(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("update verdict set note = 'after the backup' where sentence_id = (select min(sentence_id) from verdict)")
                .update();
    }

    private static Map<String, List<Map<String, Object>>> contents(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Map<String, List<Map<String, Object>>> contents = new java.util.LinkedHashMap<>();
        for (String query : TABLES) {
            contents.put(query, jdbc.sql(query).query().listOfRows());
        }
        return contents;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off",
                        "--server.port=0", "--factdesk.reports.warm-up=false");
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Result jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        Path logs = Files.createTempDirectory("backup-it");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve("stdout").toFile()).redirectError(logs.resolve("stderr").toFile());
        builder.environment().put("FACTDESK_DATA_DIR", parent.resolve("original").toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(logs.resolve("stdout")),
                Files.readString(logs.resolve("stderr")));
    }
}
