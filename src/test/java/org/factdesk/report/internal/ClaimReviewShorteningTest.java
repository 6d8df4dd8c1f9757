package org.factdesk.report.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Google asks for claims of at most 75 characters: long sentences are cut at a word boundary. */
class ClaimReviewShorteningTest {

    @Test
    void a_short_sentence_stays_as_it_is() {
        assertThat(ClaimReviewWriter.shorten("  Der Umsatz stieg um 5 Prozent.  ", 75))
                .isEqualTo("Der Umsatz stieg um 5 Prozent.");
    }

    @Test
    void a_sentence_of_exactly_the_limit_stays_whole() {
        String seventyFive = "a".repeat(30) + " " + "b".repeat(44);
        assertThat(ClaimReviewWriter.shorten(seventyFive, 75)).isEqualTo(seventyFive);
    }

    @Test
    void a_long_sentence_is_cut_at_the_last_word_boundary_that_fits_with_the_ellipsis() {
        String text = "Die Gemeinde Großröhrsdorf zählt heute 7.000 Einwohner, wie das Statistische Landesamt "
                + "mitteilte.";
        String shortened = ClaimReviewWriter.shorten(text, 75);
        assertThat(shortened).isEqualTo("Die Gemeinde Großröhrsdorf zählt heute 7.000 Einwohner, wie das…");
        assertThat(shortened.length()).isLessThanOrEqualTo(75);
    }

    @Test
    void trailing_punctuation_before_the_cut_is_dropped() {
        String text = "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn, vierzehn fünfzehn";
        assertThat(ClaimReviewWriter.shorten(text, 75))
                .isEqualTo("Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn…");
    }

    @Test
    void a_single_overlong_word_is_cut_hard() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsleitung";
        String shortened = ClaimReviewWriter.shorten(word, 75);
        assertThat(shortened).hasSize(75).endsWith("…").startsWith("Donaudampfschiff");
    }
}
