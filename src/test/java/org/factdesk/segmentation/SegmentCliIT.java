package org.factdesk.segmentation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the packaged jar's {@code segment} command as a user would and compares it with the gold split. */
class SegmentCliIT {

    private static final Path JAR = Path.of("target", "factdesk.jar");
    private static final Path SEEDS = Path.of("src", "main", "resources", "seed-articles");
    private static final Path GOLD = Path.of("src", "test", "resources", "gold", "sentences");
    private static final String SCORER = "score-segmentation.py";

    @Test
    void cli_output_equals_the_gold_split_for_all_five_seeds() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "segment"));
        seeds.forEach(seed -> command.add(seed.toString()));

        Result result = run(command);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        String[] outputs = result.stdout().strip().split("\n\\s*\n");
        assertThat(outputs).hasSize(5);
        for (int i = 0; i < seeds.size(); i++) {
            List<String> gold = Files.readAllLines(GOLD.resolve(seeds.get(i).getFileName()), StandardCharsets.UTF_8)
                    .stream().map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.replaceFirst("^[•\\-*–·]\\s+", "")).toList();
            assertThat(Arrays.asList(outputs[i].split("\n"))).as(seeds.get(i).toString())
                    .containsExactlyElementsOf(gold);
        }
    }

    /**
     * The evaluation corpus is made by others under a non-commercial licence, so it stays outside the
     * repository; where it is missing the test is skipped, not passed.
     */
    @Test
    void scores_an_f1_of_at_least_0_998_on_the_shared_evaluation_corpus() throws Exception {
        Path eval = Path.of("..", "shared", "eval");
        assumeTrue(Files.isRegularFile(eval.resolve(SCORER)), "evaluation corpus not found at " + eval.toAbsolutePath());
        assumeTrue(pythonRuns(), "python3 (for the corpus's scorer) not found");

        Result result = run(List.of("python3", eval.resolve(SCORER).toString(), eval.resolve("pcc").toString(),
                "--", java(), "-jar", JAR.toString(), "segment"));

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        System.out.println("Segmentation on the shared corpus:\n" + result.stdout());
        Matcher f1 = Pattern.compile("f1=(\\d\\.\\d+)").matcher(result.stdout());
        assertThat(f1.find()).as(result.stdout()).isTrue();
        assertThat(Double.parseDouble(f1.group(1))).as(result.stdout()).isGreaterThanOrEqualTo(0.998);
    }

    @Test
    void missing_file_exits_with_2_and_a_one_line_error() throws Exception {
        Result result = run(List.of(java(), "-jar", JAR.toString(), "segment", "no-such-file.txt"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).contains("no-such-file.txt");
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("segment", ".out");
        Path err = Files.createTempFile("segment", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean pythonRuns() {
        try {
            return run(List.of("python3", "--version")).exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
