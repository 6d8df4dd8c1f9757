package org.factdesk.bench;

import org.factdesk.assist.AssistEngine;
import org.factdesk.assist.AssistText;
import org.factdesk.assist.CheckWorthinessScorer;
import org.factdesk.assist.ScoredSentence;
import org.factdesk.assist.SentenceAssessment;
import org.factdesk.bench.CheckWorthinessDevSet.Figures;
import org.factdesk.bench.CheckWorthinessDevSet.Labelled;
import org.factdesk.common.ComponentsOnClasspath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Check-worthiness on the development set (see {@link CheckWorthinessDevSet}): precision, recall and F1 at
 * {@link CheckWorthinessScorer#THRESHOLD}, for the scorer alone and for what the {@code assist} command prints
 * (the engine, where a suggested sentence's score is capped), on the fitted pages and on the held-out pages,
 * beside the baseline "every sentence is check-worthy". Skipped without the benchmark pages; run it with
 * {@code FACTDESK_EXTRACTION_BENCHMARK=/path/to/trafilatura/tests ./mvnw -Pbench verify -Dit.test=CheckWorthinessDevSetBenchmark}.
 */
class CheckWorthinessDevSetBenchmark {

    @Test
    void scores_the_development_set() throws IOException {
        String folder = System.getProperty("factdesk.extraction-benchmark", System.getenv("FACTDESK_EXTRACTION_BENCHMARK"));
        assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "eval")),
                "set FACTDESK_EXTRACTION_BENCHMARK to trafilatura's tests/ folder to run this benchmark");
        List<Labelled> dev = CheckWorthinessDevSet.load(Path.of(folder));
        List<CheckWorthinessScorer> scorers = ComponentsOnClasspath.instantiate(CheckWorthinessScorer.class,
                "org.factdesk.assist");
        assertThat(scorers).hasSize(1);
        CheckWorthinessScorer scorer = scorers.getFirst();
        AssistEngine engine = AssistEngine.onClasspath();
        Map<AssistText, Map<Integer, Double>> alone = new IdentityHashMap<>();
        Map<AssistText, Map<Integer, Double>> combined = new IdentityHashMap<>();
        for (Labelled labelled : dev) {
            alone.computeIfAbsent(labelled.article(), article -> byOrdinal(scorer.score(article)));
            combined.computeIfAbsent(labelled.article(), article -> byOrdinalAssessed(engine.assess(article)));
        }
        long pages = dev.stream().map(Labelled::page).distinct().count();
        long heldOutPages = dev.stream().filter(Labelled::heldOut).map(Labelled::page).distinct().count();
        System.out.printf("CheckWorthinessDevSetBenchmark: %d sentences from %d pages (%d held out), threshold %.2f%n",
                dev.size(), pages, heldOutPages, CheckWorthinessScorer.THRESHOLD);
        java.util.Set<String> added = CheckWorthinessDevSet.addedPages(CheckWorthinessDevSet.DEV);
        Figures heldOut = null;
        // the two rounds' held-out pages apart too: the first 27 pages are the figures of the first version
        for (String part : List.of("fitted", "held-out", "held-out, first 27 pages", "held-out, added pages", "all")) {
            Predicate<Labelled> in = switch (part) {
                case "fitted" -> labelled -> !labelled.heldOut();
                case "held-out" -> Labelled::heldOut;
                case "held-out, first 27 pages" -> labelled -> labelled.heldOut() && !added.contains(labelled.page());
                case "held-out, added pages" -> labelled -> labelled.heldOut() && added.contains(labelled.page());
                default -> labelled -> true;
            };
            List<Labelled> selected = dev.stream().filter(in).toList();
            List<Boolean> gold = selected.stream().map(Labelled::checkWorthy).toList();
            Figures scorerFigures = Figures.of(gold, selected.stream()
                    .map(l -> alone.get(l.article()).get(l.ordinal()) >= CheckWorthinessScorer.THRESHOLD).toList());
            Figures engineFigures = Figures.of(gold, selected.stream()
                    .map(l -> combined.get(l.article()).get(l.ordinal()) >= CheckWorthinessScorer.THRESHOLD).toList());
            Figures everything = Figures.of(gold, selected.stream().map(l -> true).toList());
            System.out.printf("  %-8s scorer: %s%n", part, scorerFigures);
            System.out.printf("  %-8s engine: %s%n", part, engineFigures);
            System.out.printf("  %-8s all-yes baseline: %s%n", part, everything);
            if (part.equals("held-out")) {
                heldOut = engineFigures;
            }
        }
        assertThat(heldOut.f1()).isPositive();
    }

    private static Map<Integer, Double> byOrdinal(List<ScoredSentence> scored) {
        Map<Integer, Double> scores = new java.util.HashMap<>();
        scored.forEach(s -> scores.put(s.ordinal(), s.score()));
        return scores;
    }

    private static Map<Integer, Double> byOrdinalAssessed(List<SentenceAssessment> assessed) {
        Map<Integer, Double> scores = new java.util.HashMap<>();
        assessed.forEach(s -> scores.put(s.ordinal(), s.checkworthiness()));
        return scores;
    }
}
