package org.factdesk.importing.cli;

import org.factdesk.Application;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.operations.CommandChannel;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} while FactDesk runs on the data directory: the command line reads the files and sends
 * their bytes over the command channel; the app imports them into its database (which the command
 * line could not open beside it) and never opens a path the command line names.
 */
@ExtendWith(RestoreSecurityContextStrategy.class)
class ImportThroughCommandChannelIT {

    @TempDir
    Path dataDir;
    @TempDir
    Path work;

    @Test
    void a_folder_is_imported_by_the_running_app_with_one_line_per_file() throws Exception {
        Path folder = Files.createDirectories(work.resolve("eingang/unter"));
        Files.writeString(work.resolve("eingang/a.txt"), "Neu über den Kanal\nDer Rat tagte. Er beschloss viel.\n");
        Files.writeString(folder.resolve("b.txt"), "Auch neu\nDie Schule wird gebaut.\n");
        Files.writeString(folder.resolve("leer.txt"), "\n\n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--factdesk.reports.warm-up=false")) {
            RunningApp channel = (command, args, attachment, out, err) ->
                    CommandChannel.runInApp(dataDir, command, args, attachment, out, err);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = ImportCommand.run(List.of("eingang", "--title", "Gleicher Titel"), work, channel, () -> {
                throw new AssertionError("with the app running, the command line opens no database");
            }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(exit).as("%s", lines).isEqualTo(2);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).matches("eingang/a\\.txt: imported as \\d+: Gleicher Titel");
            assertThat(lines.get(1)).matches("eingang/unter/b\\.txt: imported as \\d+: Gleicher Titel");
            assertThat(lines.get(2)).startsWith("eingang/unter/leer.txt: refused: ");
            ArticleText stored = stored(app, lines.get(1));
            assertThat(stored.sourceName()).isEqualTo("eingang/unter/b.txt");
            assertThat(stored.blocks()).hasSize(2);
            assertThat(stored.blocks().get(1).sentences().getFirst().text()).isEqualTo("Die Schule wird gebaut.");

            // Again: the app recognises the texts.
            err.reset();
            assertThat(ImportCommand.run(List.of("eingang/a.txt"), work, channel, () -> null, System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("a.txt: already article ");
        }
    }

    @Test
    void the_app_opens_no_path_for_the_command_line_and_reads_no_body_without_the_key() throws Exception {
        Path secret = Files.writeString(work.resolve("geheim.txt"), "Nur für den Benutzer der Kommandozeile.\n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--factdesk.reports.warm-up=false");
             HttpClient http = HttpClient.newHttpClient()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            OptionalInt exit = CommandChannel.runInApp(dataDir, "import", List.of(secret.toString()), null,
                    System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(exit).hasValue(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("reads no files for the command line");
            assertThat(SystemAuthentication.runAsSystem(() -> app.getBean(ArticleService.class)
                    .findByContent("Nur für den Benutzer der Kommandozeile.\n"))).isEmpty();

            // Without the key the request is not even read; with it, an oversized one is refused unread.
            CommandChannel.Endpoint endpoint = CommandChannel.Endpoint.read(dataDir).orElseThrow();
            HttpRequest.Builder oversized = HttpRequest.newBuilder(endpoint.uri().resolve(CommandChannel.PATH))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[CommandChannel.MAX_REQUEST_BYTES + 1]));
            assertThat(http.send(oversized.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
            assertThat(http.send(oversized.header(CommandChannel.KEY_HEADER, endpoint.key()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
        }
    }

    private static ArticleText stored(ConfigurableApplicationContext app, String line) {
        Matcher id = Pattern.compile("imported as (\\d+):").matcher(line);
        assertThat(id.find()).isTrue();
        return SystemAuthentication.runAsSystem(() -> app.getBean(ArticleService.class)
                .findText(new ArticleId(Long.parseLong(id.group(1))))).orElseThrow();
    }
}
