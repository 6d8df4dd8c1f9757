package org.factdesk.importing.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTitlesTest {

    @Test
    void a_short_first_line_without_a_full_stop_is_the_headline() {
        assertThat(ArticleTitles.fromText("OpenAI wertet Microsoft ab: Steht das Paar vor der Scheidung?\nDer Text beginnt."))
                .isEqualTo("OpenAI wertet Microsoft ab: Steht das Paar vor der Scheidung?");
    }

    @Test
    void a_kicker_above_the_headline_is_skipped() {
        assertThat(ArticleTitles.fromText("Tech & Trends\n\nDer Milliarden-Deal: Was dahinter steckt\n\nText."))
                .isEqualTo("Der Milliarden-Deal: Was dahinter steckt");
        // A one-word first line over a paragraph is the headline: the paragraph is no headline.
        assertThat(ArticleTitles.fromText("Wahlkampf\nDie Parteien stellten am Montag ihre Programme vor."))
                .isEqualTo("Wahlkampf");
    }

    @Test
    void a_first_line_that_is_a_paragraph_gives_its_first_sentence_cut_at_a_word_boundary() {
        String title = ArticleTitles.fromText("Der Rat hat am Montag beschlossen, die Gebühren zu senken. Das war knapp.");
        assertThat(title).isEqualTo("Der Rat hat am Montag beschlossen, die Gebühren zu senken.");

        String longSentence = "Microsoft steckt Milliarden in KI-Schulungen für den Globalen Süden, während die "
                + "Partnerschaft mit OpenAI unter massiven Spannungen leidet und die Börse nervös reagiert. Weiter.";
        String cut = ArticleTitles.fromText(longSentence);
        assertThat(cut).endsWith(" …").hasSizeLessThanOrEqualTo(ArticleTitles.MAX_LENGTH + 2);
        assertThat(longSentence).startsWith(cut.substring(0, cut.length() - 2));
        assertThat(longSentence.charAt(cut.length() - 2)).isEqualTo(' ');
    }

    @Test
    void the_demo_articles_get_their_headlines() throws IOException {
        assertThat(ArticleTitles.fromText(seed("002_7f91695c0ff28209.txt")))
                .isEqualTo("Der Milliarden-Deal zwischen OpenAI und Microsoft: Was dahinter steckt");
        assertThat(ArticleTitles.fromText(seed("001_fa1e16ef087a0131.txt")))
                .isEqualTo("OpenAI wertet Microsoft ab: Steht das KI- Powerpaar vor der Scheidung?");
        assertThat(ArticleTitles.fromText(seed("004_59adb0c8911c4187.txt")))
                .startsWith("Microsoft wagt den Befreiungsschlag:").endsWith(" …");
    }

    private static String seed(String name) throws IOException {
        try (var in = Objects.requireNonNull(ArticleTitlesTest.class.getResourceAsStream("/seed-articles/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
