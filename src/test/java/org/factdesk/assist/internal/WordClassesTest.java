package org.factdesk.assist.internal;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClassesTest {

    private enum Kind { ARTICLE, PRONOUN, CAPITALISED }

    private final WordClasses<Kind> classes = new WordClasses<Kind>()
            .add(Kind.ARTICLE, Set.of("der", "die", "ihr"))
            .add(Kind.PRONOUN, Set.of("ihr", "wir"))
            .add(Kind.CAPITALISED, Set.of("Ihr"));

    @Test
    void a_word_in_two_sets_has_both_classes_and_no_other() {
        int ihr = classes.of("ihr");
        assertThat(WordClasses.in(ihr, Kind.ARTICLE)).isTrue();
        assertThat(WordClasses.in(ihr, Kind.PRONOUN)).isTrue();
        assertThat(WordClasses.in(ihr, Kind.CAPITALISED)).isFalse();
    }

    @Test
    void words_are_looked_up_as_written() {
        assertThat(WordClasses.in(classes.of("Ihr"), Kind.CAPITALISED)).isTrue();
        assertThat(WordClasses.in(classes.of("Ihr"), Kind.PRONOUN)).isFalse();
        assertThat(WordClasses.in(classes.of("Der"), Kind.ARTICLE)).isFalse();
    }

    @Test
    void a_word_in_no_set_has_no_class() {
        assertThat(classes.of("Haus")).isZero();
        assertThat(classes.of("")).isZero();
        assertThat(WordClasses.in(classes.of("wir"), Kind.ARTICLE)).isFalse();
    }

    private enum Many { C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20,
        C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32 }

    @Test
    void more_classes_than_bits_are_refused() {
        assertThat(WordClasses.in(new WordClasses<Many>().add(Many.C31, Set.of("x")).of("x"), Many.C31)).isTrue();
        assertThatThrownBy(() -> new WordClasses<Many>().add(Many.C32, Set.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
