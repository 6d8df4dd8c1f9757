package org.factdesk.report;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.common.cli.LocalCommand;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The format registry in the application context, and the command line inside the running app using it. */
@IntegrationTest
class ReportFormatsIT {

    @Autowired
    ReportService reports;
    @Autowired
    ArticleService articles;
    @Autowired
    List<LocalCommand> commands;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_registry_holds_every_writer_bean_in_order_and_the_command_line_finds_the_same_without_spring() {
        assertThat(reports.formats()).extracting(ReportWriter::id)
                .containsExactly("pdf", "csv", "csv-de", "json", "claimreview", "titles");
        assertThat(ReportFormats.onClasspath().ids()).isEqualTo(reports.formats().stream().map(ReportWriter::id).toList());
    }

    @Test
    void the_command_channel_offers_and_exports_a_format_that_is_one_test_class() throws Exception {
        String title = "Titelliste " + UUID.randomUUID();
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(
                new NewArticle(title, "titles.txt", null, title + "\nEin Satz für die Liste.")));

        assertThat(export("--format", "xml", "--out", "x")).isEqualTo(2);
        assertThat(stderr()).startsWith("factdesk export: unknown format 'xml' (pdf, csv, csv-de, json, claimreview, titles)");
        err.reset();

        assertThat(export("--format", "titles", "--article", Long.toString(id.value()), "--out", "list.txt"))
                .isEqualTo(0);
        assertThat(Files.readString(dir.resolve("list.txt"))).isEqualTo(id.value() + "\t" + title + "\n");
        assertThat(stderr().strip()).isEqualTo("Wrote 1 article (titles, 1 title) to " + dir.resolve("list.txt"));
    }

    private int export(String... args) {
        LocalCommand export = commands.stream().filter(c -> c.name().equals("export")).findFirst().orElseThrow();
        return export.run(List.of(args), dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
