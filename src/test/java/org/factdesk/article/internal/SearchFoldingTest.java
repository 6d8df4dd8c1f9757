package org.factdesk.article.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFoldingTest {

    /** What the search does with one typed word against one stored text. */
    private static boolean finds(String typed, String stored) {
        String folded = SearchFolding.fold(stored);
        return SearchFolding.terms(typed, 10).stream()
                .allMatch(variants -> variants.stream().anyMatch(folded::contains));
    }

    @Test
    void mueller_is_found_however_it_is_typed() {
        for (String typed : List.of("muller", "Müller", "MÜLLER", "Mueller", "MUELLER", "müll")) {
            assertThat(finds(typed, "Interview mit Jörg Müller")).as(typed).isTrue();
        }
        // A text that spells the umlaut out is found by the umlaut too.
        assertThat(finds("Müller", "Interview mit Joerg Mueller")).isTrue();
        assertThat(finds("Jörg", "Interview mit Joerg Mueller")).isTrue();
        assertThat(finds("Miller", "Interview mit Jörg Müller")).isFalse();
    }

    @Test
    void sharp_s_and_ss_are_the_same_letters() {
        assertThat(finds("Strasse", "Die Straße ist gesperrt")).isTrue();
        assertThat(finds("STRASSE", "Die Straße ist gesperrt")).isTrue();
        assertThat(finds("Straße", "DIE STRASSE IST GESPERRT")).isTrue();
        assertThat(finds("Größe", "die Grösse")).isTrue();
    }

    @Test
    void accents_dashes_quotes_soft_hyphens_and_spaces_are_folded() {
        assertThat(finds("cafe", "Im Café")).isTrue();
        assertThat(finds("E-Auto", "Das E‑Auto (mit geschütztem Bindestrich)")).isTrue();
        assertThat(finds("Bundes-Liga", "die Bundes–Liga")).isTrue();
        assertThat(finds("Verkehrsministerium", "das Verkehrs\u00ADministerium")).isTrue();
        assertThat(finds("\"wir\"", "sagte: „Wir“")).isTrue();
        assertThat(finds("Angela Merkel", "Angela\u00A0Merkel")).isTrue();
    }

    @Test
    void every_word_must_match_but_anywhere_and_a_word_never_spans_two_fields() {
        assertThat(finds("Stargate Studie", "Eine Studie zu Stargate")).isTrue();
        assertThat(finds("Stargate Umfrage", "Eine Studie zu Stargate")).isFalse();
        String fields = SearchFolding.foldLines("Titel eins", null, "Medium");
        assertThat(fields).isEqualTo("titel eins\nmedium");
        assertThat(SearchFolding.terms("eins medium", 10)).hasSize(2);
    }

    @Test
    void a_typed_e_after_a_vowel_keeps_its_literal_form_too() {
        // "Quelle" folds to itself; the variant without the e must not be the only one tried.
        assertThat(SearchFolding.variants("Quelle")).contains("quelle", "qulle");
        assertThat(finds("elle", "Die Quelle")).isTrue();
        assertThat(finds("Bauer", "Landwirt Bauer")).isTrue();
    }

    @Test
    void blank_searches_are_no_search_and_long_words_stay_bounded() {
        assertThat(SearchFolding.terms("   ", 10)).isEmpty();
        assertThat(SearchFolding.terms(null, 10)).isEmpty();
        assertThat(SearchFolding.terms("a b c d e f", 3)).hasSize(3);
        Set<String> many = SearchFolding.variants("äöüäöüäöü");
        assertThat(many).hasSizeLessThanOrEqualTo(2);
        assertThat(SearchFolding.variants("äöü")).hasSize(8);
    }
}
