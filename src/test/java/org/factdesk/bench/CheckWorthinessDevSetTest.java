package org.factdesk.bench;

import org.factdesk.bench.CheckWorthinessDevSet.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development set's file on its own (no benchmark pages needed): the held-out split is the one named in the
 * file and stays where it was when pages are added, and rows keep only short snippets of the publishers' text.
 */
class CheckWorthinessDevSetTest {

    @Test
    void the_held_out_pages_are_the_named_ones_and_hold_360_sentences() {
        List<Row> rows = CheckWorthinessDevSet.rows(CheckWorthinessDevSet.DEV);
        Set<String> heldOut = CheckWorthinessDevSet.heldOutPages(CheckWorthinessDevSet.DEV);
        assertThat(rows).hasSize(1254); // 887 of the first two rounds, 95 of the third, 272 of the fourth (all fitted)
        assertThat(heldOut).hasSize(19).contains("caritas.de-Präsidentin.html", "zdnet.de.facebook.html");
        assertThat(rows.stream().filter(r -> heldOut.contains(r.page()))).hasSize(360);
        // the first round's split: every third of its 27 pages in name order, as before
        Set<String> added = CheckWorthinessDevSet.addedPages(CheckWorthinessDevSet.DEV);
        assertThat(added).hasSize(20);
        assertThat(rows.stream().filter(r -> heldOut.contains(r.page()) && !added.contains(r.page()))).hasSize(156);
    }

    @Test
    void rows_keep_only_short_snippets() {
        assertThat(CheckWorthinessDevSet.rows(CheckWorthinessDevSet.DEV))
                .allSatisfy(row -> assertThat(row.text().length()).as(row.page()).isLessThanOrEqualTo(60));
    }
}
