package org.factdesk.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Input a command cannot process ends in one line on stderr and a non-zero exit, never a stack trace. */
class CommandLineFailureIT {

    private static final Path JAR = Path.of("target", "factdesk.jar").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void segment_of_an_input_larger_than_the_heap_says_so_in_one_line() throws Exception {
        Path huge = work.resolve("huge.txt");
        try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String sentence = "Die Regierung hat am Dienstag laut Ministerium 13 Milliarden Euro bereitgestellt. ";
            for (int i = 0; i < 400_000; i++) { // ~34 MB in one paragraph, for a 32 MB heap
                out.write(sentence);
            }
        }

        Process process = new ProcessBuilder(java(), "-Xmx32m", "-jar", JAR.toString(), "segment", huge.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("stderr").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> stderr = Files.readAllLines(work.resolve("stderr"));
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(stderr).hasSize(1);
        assertThat(stderr.getFirst()).startsWith("factdesk segment: out of memory");
    }

    @Test
    void backup_without_its_output_is_refused_before_the_database_is_opened() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-jar", JAR.toString(), "backup")
                .directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("stderr").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readAllLines(work.resolve("stderr")))
                .containsExactly("factdesk backup: give the file to write: backup --out FILE");
        assertThat(work.resolve("data")).as("no database created").doesNotExist();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
