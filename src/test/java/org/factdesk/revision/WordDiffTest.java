package org.factdesk.revision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words changed inside a sentence, as the differences view and the report highlight them. */
class WordDiffTest {

    @Test
    void a_changed_figure_is_the_only_highlight_on_each_side() {
        WordDiff.Result diff = WordDiff.diff("Nach Angaben der Verwaltung nutzen 27 Prozent der Pendler das Rad.",
                "Nach Angaben der Verwaltung nutzen 32 Prozent der Pendler das Rad.");

        assertThat(diff.deleted()).containsExactly("27");
        assertThat(diff.inserted()).containsExactly("32");
    }

    @Test
    void a_fixed_typo_highlights_the_word_not_the_sentence() {
        WordDiff.Result diff = WordDiff.diff("Die Kosten sollen sich auf zwölf Millionen Euro beluafen.",
                "Die Kosten sollen sich auf zwölf Millionen Euro belaufen.");

        assertThat(diff.deleted()).containsExactly("beluafen");
        assertThat(diff.inserted()).containsExactly("belaufen");
    }

    @Test
    void decimal_figures_and_hyphenated_words_are_one_token_each() {
        WordDiff.Result diff = WordDiff.diff("Der Anteil stieg auf 27,5 Prozent im Bund-Länder-Vergleich.",
                "Der Anteil stieg auf 27,8 Prozent im Bund-Länder-Vergleich.");

        assertThat(diff.deleted()).containsExactly("27,5");
        assertThat(diff.inserted()).containsExactly("27,8");
    }

    @Test
    void consecutive_changed_words_are_one_highlight_and_the_gaps_around_it_stay_plain() {
        WordDiff.Result diff = WordDiff.diff("Der Rat stimmt im Frühjahr ab.", "Der Rat stimmt am 3. Mai ab.");

        assertThat(diff.deleted()).containsExactly("im Frühjahr");
        assertThat(diff.inserted()).containsExactly("am 3. Mai");
        assertThat(diff.after()).extracting(WordDiff.Segment::text)
                .containsExactly("Der Rat stimmt ", "am 3. Mai", " ab.");
    }

    @Test
    void each_side_is_exactly_its_text_again() {
        String before = "„Wir sind zufrieden“, sagte sie – und ging.";
        String after = "„Wir sind nicht zufrieden“, sagte sie — und ging dann.";
        WordDiff.Result diff = WordDiff.diff(before, after);

        assertThat(String.join("", diff.before().stream().map(WordDiff.Segment::text).toList())).isEqualTo(before);
        assertThat(String.join("", diff.after().stream().map(WordDiff.Segment::text).toList())).isEqualTo(after);
        assertThat(diff.inserted()).contains("nicht", "—", "dann");
    }

    @Test
    void the_same_text_has_no_highlight() {
        WordDiff.Result diff = WordDiff.diff("Gleich bleibt gleich.", "Gleich bleibt gleich.");

        assertThat(diff.before()).containsExactly(new WordDiff.Segment("Gleich bleibt gleich.", false));
        assertThat(diff.inserted()).isEmpty();
        assertThat(WordDiff.whole("", true)).isEqualTo(List.of());
    }
}
