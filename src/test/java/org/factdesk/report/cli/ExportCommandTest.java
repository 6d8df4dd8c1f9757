package org.factdesk.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's paths that end before or while Spring starts; the export itself is covered by ExportCliIT. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int springStarts;

    @Test
    void help_prints_the_usage_on_stdout_without_starting_spring() {
        int exitCode = run(List.of("--help"), this::springMustNotStart);

        assertThat(exitCode).isZero();
        assertThat(stdout()).isEqualTo(ExportArguments.USAGE);
        assertThat(stderr()).isEmpty();
        assertThat(springStarts).isZero();
    }

    @Test
    void bad_arguments_print_the_error_and_the_usage_hint_and_exit_2_without_starting_spring() {
        int exitCode = run(List.of("--format", "xml", "--out", dir.resolve("x").toString()), this::springMustNotStart);

        assertThat(exitCode).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).containsExactly(
                "factdesk export: unknown format 'xml' (pdf, csv, csv-de, json, claimreview, titles)", ExportArguments.USAGE_HINT);
        assertThat(springStarts).isZero();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_single_file_export_to_an_existing_directory_is_refused_before_spring_starts() {
        int exitCode = run(List.of("--format", "csv", "--out", dir.toString()), this::springMustNotStart);

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr().lines().toList().getFirst())
                .isEqualTo("factdesk export: --out " + dir + " is a directory; give the file to write");
        assertThat(springStarts).isZero();
    }

    @Test
    void an_export_onto_a_device_is_refused_instead_of_replacing_it() {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));

        int exitCode = run(List.of("--format", "csv", "--out", device.toString()), this::springMustNotStart);

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr().lines().toList().getFirst())
                .isEqualTo("factdesk export: --out /dev/null is not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void several_pdfs_into_an_existing_file_are_refused_before_spring_starts() throws Exception {
        Path file = Files.writeString(dir.resolve("reports"), "not a directory");

        int exitCode = run(List.of("--format", "pdf", "--state", "approved", "--out", file.toString()),
                this::springMustNotStart);

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr().lines().toList().getFirst()).startsWith("factdesk export: --out " + file + " is a file");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
        assertThat(springStarts).isZero();
    }

    @Test
    void a_database_that_cannot_be_opened_gives_one_line_and_exit_1() {
        SQLException locked = new SQLException("Database may be already in use: \"/data/factdesk.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-240]\n"
                + "SQL State  : 90020");
        Supplier<ConfigurableApplicationContext> failingStart = () -> {
            springStarts++;
            throw new BeanCreationException("flywayInitializer", "Unable to obtain connection from database", locked);
        };

        int exitCode = run(List.of("--format", "csv", "--out", dir.resolve("all.csv").toString()), failingStart);

        assertThat(exitCode).isEqualTo(1);
        assertThat(springStarts).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("factdesk export: cannot open the database: Database may be already in use: "
                + "\"/data/factdesk.mv.db\". Possible solutions: close all other connection(s); use the server mode "
                + "[90020-240]" + System.lineSeparator());
        assertThat(dir).isEmptyDirectory();
    }

    private ConfigurableApplicationContext springMustNotStart() {
        springStarts++;
        throw new AssertionError("Spring must not start for this command line");
    }

    private int run(List<String> args, Supplier<ConfigurableApplicationContext> startSpring) {
        return ExportCommand.run(args, Path.of("").toAbsolutePath(), startSpring, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
