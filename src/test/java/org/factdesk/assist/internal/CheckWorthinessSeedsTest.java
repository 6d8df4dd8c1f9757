package org.factdesk.assist.internal;

import org.factdesk.bench.CheckWorthinessDevSet;
import org.factdesk.bench.CheckWorthinessDevSet.Figures;
import org.factdesk.bench.CheckWorthinessDevSet.Labelled;
import org.factdesk.assist.CheckWorthinessScorer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer on the five seed articles' sentences, labelled check-worthy or not in
 * src/test/resources/assist/checkworthiness-seeds.tsv (226 sentences, 73 check-worthy). Measured when the
 * weights were fitted (third round): precision 0.789, recall 0.767, F1 0.778 at 0.50; the floors sit a little
 * below, so a change that makes the scorer worse on them fails here. The seeds are analysis pieces with a third
 * of their sentences check-worthy; the second round over-called them (precision 0.57, recall 0.90, F1 0.70),
 * the third round's "opinion piece" cue (an article where many sentences judge or speculate) lowers their
 * sentences instead (docs/adr/0019).
 */
class CheckWorthinessSeedsTest {

    static final double F1_FLOOR = 0.75;
    static final double RECALL_FLOOR = 0.74;

    @Test
    void keeps_its_figures_on_the_seed_sentences() {
        List<Labelled> seeds = CheckWorthinessDevSet.seeds();
        CheckWorthiness scorer = new CheckWorthiness();
        // scored as the reader scores them: the whole article at once (names are read from all its sentences)
        java.util.Map<org.factdesk.assist.AssistText, java.util.Map<Integer, Double>> scores = new java.util.IdentityHashMap<>();
        List<Boolean> predicted = seeds.stream().map(l -> scores.computeIfAbsent(l.article(), article -> {
            java.util.Map<Integer, Double> byOrdinal = new java.util.HashMap<>();
            scorer.score(article).forEach(s -> byOrdinal.put(s.ordinal(), s.score()));
            return byOrdinal;
        }).get(l.ordinal()) >= CheckWorthinessScorer.THRESHOLD).toList();
        Figures figures = Figures.of(seeds.stream().map(Labelled::checkWorthy).toList(), predicted);
        System.out.println("CheckWorthinessSeedsTest: " + figures);
        assertThat(seeds).hasSize(226);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
