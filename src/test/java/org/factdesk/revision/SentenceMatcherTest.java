package org.factdesk.revision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceMatcherTest {

    private static final List<String> ARTICLE = List.of(
            "Die Stadt Freiburg plant bis 2030 neue Radwege entlang der Dreisam.",
            "Oberbürgermeister Martin Horn stellte die Pläne am Montag im Gemeinderat vor.",
            "Nach Angaben der Verwaltung nutzen 27 Prozent der Pendler bereits das Fahrrad.",
            "Die Kosten sollen sich auf rund zwölf Millionen Euro belaufen.",
            "Kritiker bemängeln, dass die Anwohner nicht ausreichend beteiligt wurden.",
            "Der Gemeinderat will im Frühjahr über das Vorhaben abstimmen.",
            "Bis dahin können Bürgerinnen und Bürger ihre Einwände online einreichen.",
            "Die Opposition fordert eine unabhängige Prüfung der Verkehrsdaten.");

    @Test
    void the_same_text_is_unchanged_everywhere() {
        SentenceMatching m = SentenceMatcher.match(ARTICLE, ARTICLE);
        assertThat(m.oldSentences()).allMatch(f -> f.kind() == CarryKind.UNCHANGED && !f.moved());
        assertThat(m.newSentences()).extracting(SentenceMatching.NewOrigin::oldIndexes)
                .containsExactly(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4), List.of(5), List.of(6),
                        List.of(7));
    }

    @Test
    void typography_and_white_space_alone_leave_a_sentence_unchanged() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(4, "Kritiker  bemängeln, dass die Anwohner nicht ausreichend beteiligt wurden.");
        edited.set(7, "Die Opposition fordert eine unabhängige Prüfung der Verkehrsdaten.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldSentences()).allMatch(f -> f.kind() == CarryKind.UNCHANGED);
    }

    @Test
    void a_fixed_typo_is_changed_wording() {
        List<String> before = new ArrayList<>(ARTICLE);
        before.set(3, "Die Kosten sollen sich auf rund zwölf Millionen Euro beluafen.");
        SentenceMatching m = SentenceMatcher.match(before, ARTICLE);
        assertThat(m.oldFate(3).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(m.oldFate(3).newIndexes()).containsExactly(3);
        assertThat(othersUnchanged(m, 3)).isTrue();
    }

    @Test
    void a_typo_fixed_in_a_capitalised_word_is_still_wording() {
        List<String> before = new ArrayList<>(ARTICLE);
        before.set(5, "Der Gemeindrat will im Frühjahr über das Vorhaben abstimmen.");
        SentenceMatching m = SentenceMatcher.match(before, ARTICLE);
        assertThat(m.oldFate(5).kind()).isEqualTo(CarryKind.CHANGED);
    }

    @Test
    void other_words_with_the_same_facts_are_changed_wording() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(6, "Bis dahin dürfen Bürgerinnen und Bürger ihre Einwände auch online einreichen.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(6).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(m.newOrigin(6).oldIndexes()).containsExactly(6);
    }

    @Test
    void an_inserted_sentence_is_new_and_the_rest_unchanged() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.add(3, "Auch der Radentscheid Freiburg begrüßt den Vorstoß ausdrücklich.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.newOrigin(3).kind()).isEqualTo(CarryKind.NEW);
        assertThat(m.newOrigin(3).oldIndexes()).isEmpty();
        assertThat(m.oldSentences()).allMatch(f -> f.kind() == CarryKind.UNCHANGED);
        assertThat(m.oldFate(3).newIndexes()).containsExactly(4);
    }

    @Test
    void a_deleted_sentence_is_removed() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.remove(4);
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(4).kind()).isEqualTo(CarryKind.REMOVED);
        assertThat(m.oldFate(4).newIndexes()).isEmpty();
        assertThat(othersUnchanged(m, 4)).isTrue();
        assertThat(m.newSentences()).noneMatch(o -> o.kind() == CarryKind.NEW);
    }

    @Test
    void a_replaced_sentence_is_removed_and_its_replacement_new() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(7, "Ein Sprecher des Landes wollte sich zu dem Streit nicht äußern.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(7).kind()).isEqualTo(CarryKind.REMOVED);
        assertThat(m.newOrigin(7).kind()).isEqualTo(CarryKind.NEW);
    }

    @Test
    void a_moved_paragraph_is_found_where_it_went() {
        // sentences 4-5 (a paragraph) move to the end
        List<String> edited = new ArrayList<>(ARTICLE.subList(0, 4));
        edited.addAll(ARTICLE.subList(6, 8));
        edited.addAll(ARTICLE.subList(4, 6));
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldSentences()).allMatch(f -> f.kind() == CarryKind.UNCHANGED);
        assertThat(m.oldFate(4).newIndexes()).containsExactly(6);
        assertThat(m.oldFate(5).newIndexes()).containsExactly(7);
        assertThat(m.oldSentences().stream().filter(SentenceMatching.OldFate::moved).count()).isEqualTo(2);
    }

    @Test
    void a_repeated_sentence_keeps_its_own_neighbours_when_a_paragraph_moves() {
        List<String> before = List.of("Erster Satz über den Haushalt.", "Das bleibt offen.",
                "Zweiter Satz über die Schulen.", "Dritter Satz über den Verkehr.", "Das bleibt offen.",
                "Vierter Satz über die Kliniken.");
        // the paragraph "Dritter … / Das bleibt offen." moves before the first sentence
        List<String> after = List.of("Dritter Satz über den Verkehr.", "Das bleibt offen.",
                "Erster Satz über den Haushalt.", "Das bleibt offen.", "Zweiter Satz über die Schulen.",
                "Vierter Satz über die Kliniken.");
        SentenceMatching m = SentenceMatcher.match(before, after);
        assertThat(m.oldSentences()).allMatch(f -> f.kind() == CarryKind.UNCHANGED);
        assertThat(m.oldFate(1).newIndexes()).containsExactly(3);
        assertThat(m.oldFate(4).newIndexes()).containsExactly(1);
    }

    @Test
    void a_moved_and_edited_sentence_is_found_as_changed() {
        List<String> edited = new ArrayList<>(ARTICLE.subList(1, 8));
        edited.add("Die Stadt Freiburg plant bis 2030 zusätzliche Radwege entlang der Dreisam.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(0).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(m.oldFate(0).newIndexes()).containsExactly(7);
        assertThat(m.oldFate(0).moved()).isTrue();
    }

    @Test
    void a_split_sentence_carries_to_both_parts() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(4, "Kritiker bemängeln die Beteiligung.");
        edited.add(5, "Die Anwohner seien nicht ausreichend beteiligt worden, sagen sie.");
        List<String> before = new ArrayList<>(ARTICLE);
        before.set(4, "Kritiker bemängeln die Beteiligung, weil die Anwohner nicht ausreichend beteiligt worden seien.");
        SentenceMatching m = SentenceMatcher.match(before, edited);
        assertThat(m.oldFate(4).newIndexes()).containsExactly(4, 5);
        assertThat(m.oldFate(4).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(m.newOrigin(4).oldIndexes()).containsExactly(4);
        assertThat(m.newOrigin(5).oldIndexes()).containsExactly(4);
        assertThat(m.newOrigin(5).kind()).isEqualTo(CarryKind.CHANGED);
    }

    @Test
    void two_joined_sentences_carry_into_one() {
        List<String> edited = new ArrayList<>(ARTICLE.subList(0, 5));
        edited.add("Der Gemeinderat will im Frühjahr über das Vorhaben abstimmen, bis dahin können Bürgerinnen und "
                + "Bürger ihre Einwände online einreichen.");
        edited.add(ARTICLE.get(7));
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.newOrigin(5).oldIndexes()).containsExactly(5, 6);
        assertThat(m.newOrigin(5).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(m.oldFate(5).newIndexes()).containsExactly(5);
        assertThat(m.oldFate(6).newIndexes()).containsExactly(5);
    }

    @Test
    void a_changed_figure_is_substance() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(2, "Nach Angaben der Verwaltung nutzen 32 Prozent der Pendler bereits das Fahrrad.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(2).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(m.oldFate(2).newIndexes()).containsExactly(2);
        assertThat(m.newOrigin(2).differences()).containsExactly("figure: 27 → 32");
        assertThat(othersUnchanged(m, 2)).isTrue();
    }

    @Test
    void a_figure_in_words_or_with_thousands_separators_counts_too() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(3, "Die Kosten sollen sich auf rund elf Millionen Euro belaufen.");
        assertThat(SentenceMatcher.match(ARTICLE, edited).oldFate(3).kind()).isEqualTo(CarryKind.SUBSTANCE);
        List<String> a = List.of("Das Projekt kostet 1.000 Euro pro Jahr und Haushalt.");
        List<String> b = List.of("Das Projekt kostet 1000 Euro pro Jahr und Haushalt, heißt es.");
        assertThat(SentenceMatcher.match(a, b).oldFate(0).kind()).isEqualTo(CarryKind.CHANGED);
    }

    @Test
    void a_changed_name_is_substance() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(1, "Oberbürgermeister Dieter Salomon stellte die Pläne am Montag im Gemeinderat vor.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(1).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(m.oldFate(1).differences()).containsExactly("name: Horn, Martin → Dieter, Salomon");
    }

    @Test
    void a_changed_date_is_substance() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(1, "Oberbürgermeister Martin Horn stellte die Pläne am Dienstag im Gemeinderat vor.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(1).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(m.oldFate(1).differences()).contains("date: montag → dienstag");
        List<String> year = new ArrayList<>(ARTICLE);
        year.set(0, "Die Stadt Freiburg plant bis 2032 neue Radwege entlang der Dreisam.");
        assertThat(SentenceMatcher.match(ARTICLE, year).oldFate(0).kind()).isEqualTo(CarryKind.SUBSTANCE);
        List<String> relative = List.of("Der Rat hat gestern über den Haushalt beraten.");
        List<String> today = List.of("Der Rat hat heute über den Haushalt beraten.");
        assertThat(SentenceMatcher.match(relative, today).oldFate(0).differences())
                .containsExactly("date: gestern → heute");
    }

    @Test
    void an_added_or_dropped_negation_is_substance() {
        List<String> edited = new ArrayList<>(ARTICLE);
        edited.set(5, "Der Gemeinderat will im Frühjahr nicht über das Vorhaben abstimmen.");
        edited.set(4, "Kritiker bemängeln, dass die Anwohner ausreichend beteiligt wurden.");
        SentenceMatching m = SentenceMatcher.match(ARTICLE, edited);
        assertThat(m.oldFate(5).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(m.oldFate(5).differences()).containsExactly("negation: + nicht");
        assertThat(m.oldFate(4).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(m.oldFate(4).differences()).containsExactly("negation: − nicht");
        List<String> ohne = List.of("Die Sanierung gelingt mit Zuschüssen des Landes.");
        List<String> mit = List.of("Die Sanierung gelingt ohne Zuschüsse des Landes.");
        assertThat(SentenceMatcher.match(ohne, mit).oldFate(0).kind()).isEqualTo(CarryKind.SUBSTANCE);
    }

    @Test
    void a_sentence_opening_word_moved_inside_is_no_name() {
        List<String> a = List.of("Zudem stellte der Rat die Pläne am Montag vor.");
        List<String> b = List.of("Der Rat stellte zudem die Pläne am Montag vor.");
        assertThat(SentenceMatcher.match(a, b).oldFate(0).kind()).isEqualTo(CarryKind.CHANGED);
    }

    @Test
    void empty_versions_match_nothing() {
        assertThat(SentenceMatcher.match(List.of(), ARTICLE).newSentences()).allMatch(o -> o.kind() == CarryKind.NEW);
        assertThat(SentenceMatcher.match(ARTICLE, List.of()).oldSentences())
                .allMatch(f -> f.kind() == CarryKind.REMOVED);
    }

    private static boolean othersUnchanged(SentenceMatching m, int except) {
        return m.oldSentences().stream().filter(f -> f.index() != except)
                .allMatch(f -> f.kind() == CarryKind.UNCHANGED);
    }
}
