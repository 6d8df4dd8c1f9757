package org.factdesk.assist.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    @Test
    void camel_case_names_and_acronyms_are_names_in_any_sentence() {
        EntityExtractor names = EntityExtractor.forSentence("OpenAI und SoftBank kündigten mit IBM und der EU ein Projekt an.");
        assertThat(names.keys("OpenAI und SoftBank kündigten mit IBM und der EU ein Projekt an."))
                .containsExactlyInAnyOrder("openai", "softbank", "ibm", "eu");
    }

    @Test
    void a_genitive_s_is_the_same_name() {
        EntityExtractor names = EntityExtractor.forSentence("OpenAIs Modelle laufen.");
        assertThat(names.keys("OpenAIs Modelle und IBMs Server laufen bei McKinsey.")).containsExactlyInAnyOrder(
                "openai", "ibm", "mckinsey");
        assertThat(names.keys("Laut SemiAnalysis sinken die Kosten.")).containsExactly("semianalysis");
    }

    @Test
    void common_acronyms_and_ordinary_nouns_are_no_names() {
        EntityExtractor names = EntityExtractor.forSentence("x");
        assertThat(names.keys("Die KI-Dienste brauchen GPUs, sagte der CEO der Firma zur API.")).isEmpty();
        assertThat(names.keys("Der Umsatz der Unternehmen stieg im Jahr 2024 um 5 Prozent in Europa.")).isEmpty();
    }

    @Test
    void a_plain_capitalised_word_is_a_name_when_the_text_never_gives_it_an_article() {
        List<String> text = List.of(
                "Microsoft steckt Milliarden in Schulungen.",
                "Intern wachsen bei Microsoft die Sorgen über die Finanzen.",
                "Parallel setzt Microsoft auf eigene Modelle, sagte ein Sprecher von Google.",
                "Die Partnerschaft mit Google und die Kooperation mit Microsoft bleiben.",
                "Die Kooperation endet, die Partnerschaft mit dem Labor aber nicht.",
                "Mehr Kooperation wollen alle.",
                "Es fehlt an Personal.", "Nun fehlt es an Personal.", "Das Personal reicht nicht.");
        EntityExtractor names = EntityExtractor.forText(text);

        assertThat(names.keys("Microsoft steckt Milliarden in Schulungen.")).containsExactly("microsoft");
        assertThat(names.keys("Die Partnerschaft mit Google und die Kooperation mit Microsoft bleiben."))
                .containsExactlyInAnyOrder("google", "microsoft");
        // Schulungen, Finanzen, Sorgen, Modelle, Labor, Kooperation, Personal: nouns (articles, noun endings, the stop
        // list); Personal twice without an article, but once with one.
        for (String sentence : text) {
            assertThat(names.keys(sentence)).isSubsetOf("microsoft", "google");
        }
        // Once is not enough for a plain word: "Labor" could be a name or a noun.
        assertThat(EntityExtractor.forSentence("Das teilte Redmond mit.").keys("Das teilte Redmond mit.")).isEmpty();
    }

    @Test
    void parts_of_compounds_before_the_hyphen_count() {
        EntityExtractor names = EntityExtractor.forText(List.of("Microsoft wächst.", "Sie kauft bei Microsoft.",
                "Er lobt Microsoft."));
        assertThat(names.keys("Die Microsoft-Aktie und die Azure-Cloud von OpenAI-Partnern steigen."))
                .containsExactlyInAnyOrder("microsoft", "openai");
    }

    @Test
    void adjacent_plain_names_are_one_person_and_a_company_suffix_makes_a_name() {
        List<String> text = List.of("Das sagte CEO Satya Nadella am Montag.", "Die Firma wächst.",
                "Satya lacht.", "Die Bosch GmbH wächst.");
        EntityExtractor names = EntityExtractor.forText(text);
        assertThat(names.keys("Das sagte CEO Satya Nadella am Montag.")).containsExactly("satya nadella");
        assertThat(names.keys("Die Bosch GmbH wächst.")).containsExactly("bosch");
    }

    @Test
    void english_names_too() {
        EntityExtractor names = EntityExtractor.forSentence("x");
        assertThat(names.keys("Microsoft's partner OpenAI signed with NVIDIA and GitHub.")).containsExactlyInAnyOrder(
                "openai", "nvidia", "github");
    }
}
