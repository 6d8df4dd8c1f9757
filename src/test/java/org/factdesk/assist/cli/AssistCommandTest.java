package org.factdesk.assist.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssistCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AssistCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prints_one_line_of_five_columns_per_sentence_and_a_blank_line_between_files() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"),
                "Die Stadt baut 200 Wohnungen. Der Rat stimmte am Montag zu.\nWas denken Sie?\n");
        Path second = Files.writeString(dir.resolve("second.md"), "# Titel\n\nEin Satz mit Tab\tdarin.\n");

        assertThat(run(first.toString(), second.toString())).isZero();

        String[] files = stdout().split("\n\n", -1);
        assertThat(files).hasSize(2);
        List<String> lines = files[0].lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("1\t").endsWith("\tDie Stadt baut 200 Wohnungen.");
        for (String line : stdout().lines().filter(l -> !l.isEmpty()).toList()) {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(5);
            assertThat(columns[1]).matches("promotional|no-claim|-");
            assertThat(columns[2]).matches("[01]\\.\\d\\d");
            assertThat(columns[3]).matches("-|[a-z0-9-]+(,[a-z0-9-]+)*");
        }
        // ordinals start again per file; a tab inside the text cannot break the columns
        assertThat(files[1].lines().toList()).hasSize(2)
                .last().satisfies(line -> assertThat(line).startsWith("2\t").endsWith("\tEin Satz mit Tab darin."));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_file_it_cannot_read_is_one_line_on_stderr_and_exit_2_while_the_others_still_run() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ein Satz.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");

        assertThat(run(dir.resolve("missing.txt").toString(), empty.toString(), good.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("assist: cannot read '").endsWith("': no such file"))
                .anySatisfy(line -> assertThat(line).startsWith("assist: ").contains("empty.txt"));
        assertThat(stdout()).startsWith("1\t").endsWith("\tEin Satz.\n");
    }

    @Test
    void without_files_it_prints_its_usage_and_exits_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: factdesk assist FILE...\n");
    }
}
