package org.factdesk.importing.cli;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command without a running app: it starts Spring (here: the test context) and imports itself. */
@IntegrationTest
class ImportCommandIT {

    @TempDir
    Path dir;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ArticleService articles;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int springStarts;
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    /** The test context, started "for the command": the command closes what it started, which must not end this one. */
    private ConfigurableApplicationContext startTestContext() {
        springStarts++;
        return (ConfigurableApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurableApplicationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(context, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private int run(RunningApp app, Supplier<ConfigurableApplicationContext> spring, String... args) {
        return ImportCommand.run(List.of(args), dir, app, spring,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(RunningApp.NONE, this::startTestContext, args);
    }

    private List<String> stderr() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private ConfigurableApplicationContext springMustNotStart() {
        springStarts++;
        throw new AssertionError("Spring must not start");
    }

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private ArticleText article(String line) {
        Matcher id = Pattern.compile("(?:imported as|already article) (\\d+):").matcher(line);
        assertThat(id.find()).as(line).isTrue();
        return SystemAuthentication.runAsSystem(() -> articles.findText(new ArticleId(Long.parseLong(id.group(1)))))
                .orElseThrow();
    }

    @Test
    void a_folder_is_imported_recursively_with_a_line_per_file_and_refusals_exit_2() throws Exception {
        write("mappe/eins.txt", "Erster Artikel " + token + "\nDer Rat tagte am Montag. Er beschloss nichts.\n");
        write("mappe/unter/zwei.txt", "Zweiter Artikel " + token + "\nDie Brücke wird saniert.\n");
        write("mappe/unter/leer.txt", "   \n");
        Files.write(dir.resolve("mappe/bild.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        write("mappe/.versteckt/drei.txt", "Versteckt " + token + ".\n");

        int exit = run("mappe");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = stderr();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("mappe/bild.png: refused: ");
        assertThat(lines.get(1)).matches("mappe/eins\\.txt: imported as \\d+: Erster Artikel " + token);
        assertThat(lines.get(2)).startsWith("mappe/unter/leer.txt: refused: ").contains("holds no text");
        assertThat(lines.get(3)).matches("mappe/unter/zwei\\.txt: imported as \\d+: Zweiter Artikel " + token);
        assertThat(article(lines.get(3)).sourceName()).isEqualTo("mappe/unter/zwei.txt");
        assertThat(springStarts).isEqualTo(1);
    }

    @Test
    void the_same_text_again_is_already_there_and_exits_0() throws Exception {
        write("a.txt", "Einmal " + token + "\nNur ein Satz hier.\n");
        write("kopie/a-kopie.txt", "Einmal " + token + "\r\nNur ein Satz hier.\r\n");
        assertThat(run("a.txt")).isZero();
        long first = article(stderr().getFirst()).id().value();
        err.reset();

        int exit = run("kopie/a-kopie.txt", "a.txt");

        assertThat(exit).isZero();
        assertThat(stderr()).containsExactly("a-kopie.txt: already article " + first + ": Einmal " + token,
                "a.txt: already article " + first + ": Einmal " + token);
    }

    @Test
    void title_source_url_and_publication_day_apply_to_the_input() throws Exception {
        write("meldung.txt", "Eine Überschrift, die nicht bleibt " + token + "\nDer Text der Meldung.\n");

        int exit = run("meldung.txt", "--title", "Gesetzter Titel " + token, "--source-url",
                "https://zeitung.example/meldung", "--published", "2025-03-04");

        assertThat(exit).isZero();
        assertThat(stderr()).singleElement().asString().endsWith(": Gesetzter Titel " + token);
        ArticleText stored = article(stderr().getFirst());
        assertThat(stored.title()).isEqualTo("Gesetzter Titel " + token);
        assertThat(stored.sourceUrl()).isEqualTo("https://zeitung.example/meldung");
        assertThat(stored.metadata().publishedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void a_missing_path_is_refused_and_the_other_inputs_still_import() throws Exception {
        write("da.txt", "Vorhanden " + token + "\nEin Satz.\n");

        int exit = run("fehlt.txt", "da.txt");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().get(0)).isEqualTo("fehlt.txt: refused: no such file or folder");
        assertThat(stderr().get(1)).startsWith("da.txt: imported as ");
    }

    @Test
    void bad_arguments_exit_2_with_one_line_before_spring_starts() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("a.txt", "--published", "2025-13-01"),
                List.of("a.txt", "--bogus", "x"), List.of("a.txt", "--title"),
                List.of("a.txt", "--source-url", "ftp://x.example/a"), List.of("a.txt", "--encoding", "klingon-8"))) {
            err.reset();
            int exit = run(RunningApp.NONE, this::springMustNotStart, args.toArray(String[]::new));

            assertThat(exit).as("%s", args).isEqualTo(2);
            assertThat(stderr()).as("%s", args).singleElement().asString().startsWith("factdesk import: ");
        }
        assertThat(springStarts).isZero();
    }

    @Test
    void help_prints_the_usage() {
        assertThat(run(RunningApp.NONE, this::springMustNotStart, "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ImportArguments.USAGE);
    }

    @Test
    void a_database_that_cannot_be_opened_exits_1() throws Exception {
        write("a.txt", "Text " + token + ".\n");

        int exit = run(RunningApp.NONE, () -> {
            throw new IllegalStateException("start failed", new SQLException("Database may be already in use"));
        }, "a.txt");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).containsExactly("factdesk import: cannot open the database: Database may be already in use");
    }

    @Test
    void with_an_app_running_the_files_go_to_it_as_bytes_and_an_oversized_one_is_never_sent() throws Exception {
        write("klein.txt", "Klein " + token + ".\n");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("gross.txt").toFile(), "rw")) {
            big.setLength(RunningApp.MAX_ATTACHMENT_BYTES + 1L);
        }
        List<String> sent = new ArrayList<>();
        RunningApp app = (command, args, attachment, appOut, appErr) -> {
            sent.add(command + " " + String.join(" ", args) + " " + (attachment == null ? -1 : attachment.length));
            appErr.println("in app");
            return OptionalInt.of(0);
        };

        int exit = run(app, this::springMustNotStart, "klein.txt", "gross.txt", "https://zeitung.example/a");

        assertThat(exit).isEqualTo(2);
        assertThat(sent).containsExactly("import --name klein.txt klein.txt " + Files.size(dir.resolve("klein.txt")),
                "import https://zeitung.example/a -1");
        assertThat(stderr()).containsExactly("in app",
                "gross.txt: refused: larger than the 32 MB the command line hands to the running FactDesk", "in app");
    }
}
