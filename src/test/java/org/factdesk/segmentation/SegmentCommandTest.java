package org.factdesk.segmentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void prints_the_sentences_of_each_file_with_a_blank_line_between_files() throws Exception {
        Path first = write("a.txt", "Überschrift\nErster Satz. Zweiter Satz.\n\n- Ein Punkt\n");
        Path second = write("b.txt", "Dritter Satz.");

        int exitCode = run(List.of(first.toString(), second.toString()), InputStream.nullInputStream());

        assertThat(exitCode).isZero();
        assertThat(stdout()).isEqualTo("Überschrift\nErster Satz.\nZweiter Satz.\nEin Punkt\n\nDritter Satz.\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void reads_standard_input_when_no_file_is_given() {
        byte[] input = "Er sagte: „Wir setzen nicht alles auf eine Karte.“ Danach ging er.".getBytes(StandardCharsets.UTF_8);

        int exitCode = run(List.of(), new ByteArrayInputStream(input));

        assertThat(exitCode).isZero();
        assertThat(stdout()).isEqualTo("Er sagte: „Wir setzen nicht alles auf eine Karte.“\nDanach ging er.\n");
    }

    @Test
    void a_missing_file_prints_one_error_line_and_nothing_else() throws Exception {
        Path existing = write("a.txt", "Ein Satz.");
        String missing = dir.resolve("x.txt").toString();

        int exitCode = run(List.of(existing.toString(), missing), InputStream.nullInputStream());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("segment: cannot read '" + missing + "': no such file" + System.lineSeparator());
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_as_unreadable() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Größe.".getBytes(StandardCharsets.ISO_8859_1));

        int exitCode = run(List.of(latin1.toString()), InputStream.nullInputStream());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("latin1.txt").contains("not valid UTF-8").hasLineCount(1);
    }

    private int run(List<String> args, InputStream stdin) {
        return SegmentCommand.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
