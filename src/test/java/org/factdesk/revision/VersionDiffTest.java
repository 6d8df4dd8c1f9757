package org.factdesk.revision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The side-by-side model of two versions: rows in reading order, kinds, words changed. */
class VersionDiffTest {

    private static final List<String> OLD = List.of(
            "Radwege für Freiburg.",
            "Die Stadt Freiburg plant bis 2030 neue Radwege entlang der Dreisam.",
            "Nach Angaben der Verwaltung nutzen 27 Prozent der Pendler bereits das Fahrrad.",
            "Die Kosten sollen sich auf rund zwölf Millionen Euro beluafen.",
            "Kritiker bemängeln, dass die Anwohner nicht ausreichend beteiligt wurden.",
            "Der Gemeinderat will im Frühjahr über das Vorhaben abstimmen.",
            "Die Opposition fordert eine unabhängige Prüfung der Verkehrsdaten.");

    private static VersionDiff diff(List<String> old, List<String> fresh) {
        return VersionDiff.of(null, null, old, fresh, SentenceMatcher.match(old, fresh));
    }

    @Test
    void figure_typo_insertion_and_removal_each_get_their_row_in_reading_order() {
        List<String> edited = new ArrayList<>(OLD);
        edited.set(2, OLD.get(2).replace("27", "32"));
        edited.set(3, OLD.get(3).replace("beluafen", "belaufen"));
        edited.remove(5);
        edited.add(5, "Auch der Radentscheid begrüßt den Vorstoß ausdrücklich.");

        VersionDiff diff = diff(OLD, edited);

        assertThat(diff.rows()).extracting(VersionDiff.Row::kind).containsExactly(CarryKind.UNCHANGED,
                CarryKind.UNCHANGED, CarryKind.SUBSTANCE, CarryKind.CHANGED, CarryKind.UNCHANGED, CarryKind.REMOVED,
                CarryKind.NEW, CarryKind.UNCHANGED);
        VersionDiff.Row figure = diff.rows().get(2);
        assertThat(figure.oldOrdinals()).containsExactly(3);
        assertThat(figure.newOrdinals()).containsExactly(3);
        assertThat(figure.before().stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text))
                .containsExactly("27");
        assertThat(figure.after().stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text))
                .containsExactly("32");
        assertThat(figure.differences()).containsExactly("figure: 27 → 32");
        VersionDiff.Row removed = diff.rows().get(5);
        assertThat(removed.oldOrdinals()).containsExactly(6);
        assertThat(removed.newOrdinals()).isEmpty();
        assertThat(removed.afterText()).isEmpty();
        assertThat(diff.rows().get(6).newOrdinals()).containsExactly(6);
        assertThat(diff.changes()).hasSize(4);
        assertThat(diff.counts().get(CarryKind.UNCHANGED)).isEqualTo(4);
    }

    @Test
    void a_split_sentence_is_one_row_with_both_new_sentences() {
        List<String> split = new ArrayList<>(OLD);
        split.set(1, "Die Stadt Freiburg plant bis 2030 neue Radwege.");
        split.add(2, "Sie sollen entlang der Dreisam verlaufen.");

        VersionDiff diff = diff(OLD, split);

        VersionDiff.Row row = diff.rows().get(1);
        assertThat(row.kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(row.oldOrdinals()).containsExactly(2);
        assertThat(row.newOrdinals()).containsExactly(2, 3);
        assertThat(row.afterText()).isEqualTo(split.get(1) + " " + split.get(2));
        assertThat(diff.rows()).hasSize(OLD.size());
    }

    @Test
    void a_moved_sentence_stands_where_it_went_with_its_old_number() {
        List<String> moved = new ArrayList<>(OLD);
        String opposition = moved.remove(6);
        moved.add(1, opposition);

        VersionDiff diff = diff(OLD, moved);

        assertThat(diff.rows()).hasSize(OLD.size());
        VersionDiff.Row row = diff.rows().stream().filter(VersionDiff.Row::moved).findFirst().orElseThrow();
        assertThat(row.kind()).isEqualTo(CarryKind.UNCHANGED);
        assertThat(row.afterText()).isEqualTo(opposition);
        assertThat(row.isChange()).isTrue();
        assertThat(diff.rows().stream().flatMap(r -> r.newOrdinals().stream()).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void the_same_text_has_no_changes() {
        VersionDiff diff = diff(OLD, OLD);

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.rows()).allMatch(row -> row.before().size() == 1 && !row.before().getFirst().changed());
    }
}
