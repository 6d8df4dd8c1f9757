package org.factdesk.importing;

import org.factdesk.importing.cli.ExtractCommand;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Main-text extraction on the public trafilatura benchmark (adbar/trafilatura's {@code tests/}: evaldata.json
 * with eval/ and cache/, fetched outside the project; its pages are never copied in). Scores every page in one
 * JVM exactly as {@code ../shared/eval/score-extraction.py} does (a "with" passage found in the whitespace-normalised
 * output is a true positive, a "without" passage found a false positive) and prints F1 over all pages and the
 * pages on German hosts, pages/s, MB/s and the pages it gets most wrong. Skipped without the data; run it with
 * {@code FACTDESK_EXTRACTION_BENCHMARK=/path/to/trafilatura/tests ./mvnw -Pbench verify -Dit.test=ExtractionBenchmark}.
 */
class ExtractionBenchmark {

    private static final Pattern GERMAN_HOST = Pattern.compile("^https?://[^/]*\\.(de|at|ch)(/|$)");
    /** Python's {@code \s} on text: Unicode white space and the separators U+001C..U+001F. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    record Page(String url, Path file, List<String> with, List<String> without) {
        boolean german() {
            return GERMAN_HOST.matcher(url).find();
        }
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    record Result(Page page, List<String> missing, List<String> kept) {
    }

    @Test
    void extracts_the_benchmark_pages() throws IOException {
        String folder = System.getProperty("factdesk.extraction-benchmark", System.getenv("FACTDESK_EXTRACTION_BENCHMARK"));
        assumeTrue(folder != null && Files.isRegularFile(Path.of(folder, "evaldata.json")),
                "set FACTDESK_EXTRACTION_BENCHMARK to trafilatura's tests/ folder to run this benchmark");
        double allF1 = run(Path.of(folder), Integer.getInteger("factdesk.extraction-benchmark.show", 10));
        assertThat(allF1).isPositive();
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 10);
    }

    static double run(Path folder, int show) throws IOException {
        List<Page> pages = pages(folder);
        ArticleFormats formats = ArticleFormats.onClasspath();
        for (Page page : pages.subList(0, Math.min(50, pages.size()))) {
            extract(formats, page); // warm-up: the figures below are for a running JVM
        }
        long bytes = 0;
        Score all = new Score(0, 0, 0);
        Score german = new Score(0, 0, 0);
        List<Result> results = new ArrayList<>();
        long start = System.nanoTime();
        List<String> outputs = new ArrayList<>();
        for (Page page : pages) {
            bytes += Files.size(page.file());
            outputs.add(extract(formats, page));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String text = normalise(outputs.get(i));
            List<String> missing = page.with().stream().filter(w -> !text.contains(normalise(w))).toList();
            List<String> kept = page.without().stream().filter(w -> text.contains(normalise(w))).toList();
            Score score = new Score(page.with().size() - missing.size(), kept.size(), missing.size());
            all = all.plus(score);
            if (page.german()) {
                german = german.plus(score);
            }
            if (!missing.isEmpty() || !kept.isEmpty()) {
                results.add(new Result(page, missing, kept));
            }
        }
        results.sort(Comparator.comparingInt((Result r) -> -(r.missing().size() + r.kept().size())));
        for (Result result : results.subList(0, Math.min(show, results.size()))) {
            System.out.println(result.page().url() + "  " + result.page().file().getFileName());
            result.missing().forEach(m -> System.out.println("   missing: " + shorten(m)));
            result.kept().forEach(k -> System.out.println("   kept:    " + shorten(k)));
        }
        long germanPages = pages.stream().filter(Page::german).count();
        System.out.printf("ExtractionBenchmark: pages=%d f1=%.3f (precision=%.3f recall=%.3f) | german pages=%d f1=%.3f"
                        + " (precision=%.3f recall=%.3f) | %.1f pages/s, %.1f MB/s (%.1f MB in %.2f s)%n",
                pages.size(), all.f1(), all.precision(), all.recall(), germanPages, german.f1(), german.precision(),
                german.recall(), pages.size() / seconds, bytes / 1e6 / seconds, bytes / 1e6, seconds);
        return all.f1();
    }

    /** What the command prints for the page; a refused or failing page counts as empty, as in the scorer. */
    private static String extract(ArticleFormats formats, Page page) {
        try {
            return ExtractCommand.extract(formats, page.file(), ImportLimits.DEFAULTS);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static List<Page> pages(Path folder) throws IOException {
        JsonNode data = JsonMapper.builder().build().readTree(Files.readString(folder.resolve("evaldata.json")));
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        data.forEachEntry(sorted::put);
        List<Page> pages = new ArrayList<>();
        sorted.forEach((url, item) -> {
            String name = item.get("file").asString();
            Path file = Files.isRegularFile(folder.resolve("eval").resolve(name)) ? folder.resolve("eval").resolve(name)
                    : folder.resolve("cache").resolve(name);
            if (Files.isRegularFile(file)) {
                pages.add(new Page(url, file, strings(item.get("with")), strings(item.get("without"))));
            }
        });
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> strings.add(node.asString()));
        }
        return strings;
    }

    static String normalise(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100);
    }
}
