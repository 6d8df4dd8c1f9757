package org.factdesk.importing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void prints_the_article_of_an_html_file_one_block_per_line_in_utf8_and_nothing_else() throws Exception {
        Path page = dir.resolve("seite.html");
        Files.write(page, ("<html><head><meta charset=\"windows-1252\"><title>Größe zählt | Blatt</title></head><body>"
                + "<nav><a href=\"/\">Start</a> <a href=\"/x\">Politik</a></nav><article><h1>Größe zählt</h1>"
                + "<p>Die Bürger   ärgern sich\nüber die Straße, die seit Wochen gesperrt ist, sagt der Ortsvorsteher.</p>"
                + "<ul><li>Erstens</li><li>Zweitens</li></ul></article><footer>Impressum</footer></body></html>")
                .getBytes(Charset.forName("windows-1252")));

        int exitCode = run(page.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Größe zählt\n"
                + "Die Bürger ärgern sich über die Straße, die seit Wochen gesperrt ist, sagt der Ortsvorsteher.\n"
                + "- Erstens\n- Zweitens\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void prints_a_text_file_as_the_import_would_store_it() throws Exception {
        Path text = dir.resolve("notiz.txt");
        Files.writeString(text, "Überschrift\n\n  Erster Absatz.  \n- Punkt\n", StandardCharsets.UTF_8);

        assertThat(run(text.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Überschrift\nErster Absatz.\n- Punkt\n");
    }

    @Test
    void a_missing_file_exits_2_with_one_line_and_an_empty_standard_output() {
        String missing = dir.resolve("fehlt.html").toString();

        assertThat(run(missing)).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("extract: cannot read '" + missing + "': no such file" + System.lineSeparator());
    }

    @Test
    void an_unsupported_an_empty_and_a_binary_file_exit_2_with_the_import_s_reason() throws Exception {
        Path unsupported = Files.writeString(dir.resolve("tabelle.xyz"), "a;b");
        Path empty = Files.writeString(dir.resolve("leer.html"), "   \n");
        Path binary = Files.write(dir.resolve("bild.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I',
                'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89});

        for (var expected : List.of(
                List.of(unsupported.toString(), "is not a kind of file FactDesk imports"),
                List.of(empty.toString(), "holds no text to review"),
                List.of(binary.toString(), "is not an HTML page"))) {
            out.reset();
            err.reset();
            assertThat(run(expected.get(0))).as(expected.get(0)).isEqualTo(2);
            assertThat(out.size()).isZero();
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(message).startsWith("extract: ").contains(expected.get(1)).hasLineCount(1);
        }
    }

    @Test
    void without_exactly_one_file_it_prints_its_usage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: factdesk extract FILE");
        assertThat(out.size()).isZero();
    }

    private int run(String... args) {
        return ExtractCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
