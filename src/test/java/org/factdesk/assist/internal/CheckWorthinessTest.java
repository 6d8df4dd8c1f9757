package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.CheckWorthinessScorer;
import org.factdesk.assist.ScoredSentence;
import org.factdesk.bench.BenchSupport;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each cue on hand-written sentences: claims score at or above the threshold with their reason, the rest below. */
class CheckWorthinessTest {

    private final CheckWorthiness scorer = new CheckWorthiness();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Umsatz stieg im dritten Quartal um 12,5 Prozent auf 3,2 Milliarden Euro.          | figure
            Die Stadt zählt inzwischen 48 Kitas und 12 Grundschulen.                             | figure
            Am 9. Oktober 2023 verabschiedete der Rundfunkrat die Intendantin.                   | date
            Am Montag verunglückte ein Radfahrer auf der Landstraße bei Adorf.                   | date
            Karola Wille übernahm die Leitung der Juristischen Direktion des Senders.            | named-entity
            Die Signa Development Selection AG ernennt Finanz- und Rechtsberater.                | named-entity
            Die Europäische Kommission prüft die Übernahme durch den Konzern.                    | named-entity
            Laut einem Bericht des Wirtschaftsmagazins verließ der Finanzvorstand das Unternehmen. | attribution
            Die Beschäftigten seien nicht informiert worden, sagte ein Sprecher der Gewerkschaft.  | attribution
            Lettland führt das Ranking mit 12,2 Litern an, mehr als jedes andere Land der OECD.    | figure
            Erstmals gewann eine Frau aus Kenia den Marathon in Rekordzeit.                       | comparison
            Der Bundestag hat das neue Gesetz zur Grundsteuer beschlossen.                        | official-act
            Das Landgericht Köln hat den Angeklagten am Dienstag verurteilt.                      | official-act
            Der Autofahrer wurde bei der Kollision auf der Kreuzung tödlich verletzt.             | event
            """)
    void a_claim_scores_high_with_its_reason(String sentence, String reason) {
        ScoredSentence scored = scoreParagraph(sentence);
        assertThat(scored.score()).as(sentence).isGreaterThanOrEqualTo(CheckWorthinessScorer.THRESHOLD);
        assertThat(scored.reasons()).as(sentence).contains(reason);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Was steckt dahinter?                                                                 | question
            Lohnt sich der Umstieg auf ein neues Gerät wirklich?                                 | question
            Diskutieren Sie mit uns in den Kommentaren!                                          | reader-address
            Wir freuen uns sehr über das große Vertrauen in unsere Arbeit.                        | opinion
            Die kommenden Monate werden zeigen, ob dieser Balanceakt gelingt.                    | speculation
            Das Ziel ist klar: ein loyales und starkes Netzwerk aufbauen.                        | vague
            Damit ist jetzt Schluss.                                                             | short
            Zeugen werden gebeten, sich bei der Polizei zu melden.                               | appeal
            Dazu gehören nach eigenen Angaben:                                                   | lead-in
            „Das ist eine schwere Fehlentscheidung“, sagte die Vorsitzende.                       | quote
            Der Verband muss jetzt Antworten liefern.                                            | demand
            Wer ein Smartphone besitzt, kennt das Problem mit dem Akku.                          | vague
            Die Folge wäre ein Stillstand in der gesamten Verwaltung.                            | speculation
            Kann der Stadtrat am 31. Oktober den Haushalt beschließen?                           | question
            """)
    void what_is_no_claim_scores_low_with_its_reason(String sentence, String reason) {
        ScoredSentence scored = scoreParagraph(sentence);
        assertThat(scored.score()).as(sentence).isLessThan(CheckWorthinessScorer.THRESHOLD);
        assertThat(scored.reasons()).as(sentence).contains(reason);
    }

    /** Each cue of the second round on a sentence that has it and on one like it that has not. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PAST_TENSE  | Die Polizei stoppte den Fahrer am Ortseingang.                     | Die letzte Sitzung des Rates im Rathaus.
            PAST_TENSE  | Über Umwege gelangten die Waffen dann nach Russland.               | Über Umwege kommen die Waffen dann nach Russland.
            SPECIFIC    | Kupferkabel, Aluminiumgehäuse und Batteriezellen landen in Boxen.  | Das sehen viele heute anders als früher.
            QUOTE       | „Das ist eine schwere Fehlentscheidung“, sagte die Vorsitzende.    | Die Vorsitzende nannte das eine schwere Fehlentscheidung.
            QUOTE       | Das ist eine schwere Fehlentscheidung“, sagte die Vorsitzende.     | Die Vorsitzende nannte das eine schwere Fehlentscheidung.
            DEMAND      | Der Verband muss jetzt Antworten liefern.                          | Der Verband hat die Antworten geliefert.
            HEDGE       | Das war ja eigentlich zu erwarten.                                 | Das war zu befürchten.
            VAGUE       | Wer ein Smartphone besitzt, kennt das Problem mit dem Akku.        | Wer hat das Gesetz beschlossen?
            VAGUE       | Die Einigung sei erfreulich, so der Sprecher.                      | Die Einigung sei erzielt, so der Sprecher.
            SPECULATION | Die Folge wäre ein Stillstand in der Verwaltung.                   | Die Folge war ein Stillstand in der Verwaltung.
            FURNITURE   | Verlag Stadtanzeiger, 69451 Weinheim                               | Im Jahr 2023 kamen 12000 Besucher in das Museum.
            FRAGMENT    | Die Bürgermeisterin und ihr Bündnis müssen jetzt ...               | Die Bürgermeisterin und ihr Bündnis müssen jetzt liefern.
            """)
    void a_cue_fires_on_its_sentence_and_not_on_a_similar_one(String cue, String with, String without) {
        assertCue(cue, with, without);
    }

    /** The third round's cues and fixes, each on made-up sentences with and without it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WRITTEN_NUMBER  | Bei dem Brand starben fünf Kinder in der Wohnung.                  | Bei dem Brand starb ein Kind in der Wohnung.
            WRITTEN_NUMBER  | Das siebenköpfige Rudel umkreiste den Hund am Waldrand.            | Das Rudel umkreiste den Hund am Waldrand.
            WRITTEN_NUMBER  | Die Mannschaft scheiterte dreimal im Halbfinale.                   | Die Mannschaft scheiterte im Halbfinale.
            PERSON_NAME     | Auch Präsident Anton Weber wünschte dem Team viel Erfolg.          | Auch der Präsident wünschte dem Team viel Erfolg.
            PERSON_NAME     | Der Verband wies Meiers Kritik am Samstag zurück.                  | Der Verband wies die Kritik am Samstag zurück.
            PERSON_NAME     | Amtsinhaber Paul Krause (61) verlor die Stichwahl deutlich.        | Der Amtsinhaber verlor die Stichwahl deutlich.
            ATTRIBUTION     | Die Gewerkschaft bemängelt den Umgangston in der Kantine.          | Die Gewerkschaft pflegt den Umgangston in der Kantine.
            ATTRIBUTION     | Demnach gelangten die Geräte über Drittstaaten in das Land.        | Dann gelangten die Geräte über Drittstaaten in das Land.
            OFFICIAL_ACT    | Dem Betreiber droht ein Bußgeld von der Aufsicht.                  | Dem Betreiber droht ein Ärger mit der Aufsicht.
            OFFICIAL_ACT    | Die Abgeordneten stimmten mit knapper Mehrheit für den Antrag.     | Die Abgeordneten sprachen lange über die Lage.
            SPECULATION     | Der Trainer sei womöglich schon länger unzufrieden gewesen.        | Der Trainer sei schon länger unzufrieden gewesen.
            EXPECTATION     | Der Hafen rechnet mit einer weiteren Steigerung des Umschlags.     | Der Hafen meldet eine weitere Steigerung des Umschlags.
            EXPECTATION     | Ob der Fahrer wieder fahren kann, ist völlig offen.                | Ob der Fahrer wieder fahren kann, wird geprüft.
            EXCLAMATION     | Sensation in der schwarzen Hochburg am Stadtrand!                  | Wahl in der schwarzen Hochburg am Stadtrand.
            DETAILED        | Der Verband, der nach eigenen Angaben rund die Hälfte der Betriebe im Land vertritt, hat am Montag in der Hauptstadt eine neue Kampagne für mehr Ausbildungsplätze in Handwerk und Pflege vorgestellt. | Der Verband stellte eine neue Kampagne vor.
            READER_ADDRESS  | Jetzt kostenlos testen und sparen.                                 | Jetzt hat das Unternehmen seine Zahlen veröffentlicht.
            EVENT           | Der Ausschuss hat den Haushalt am Abend verabschiedet.             | Ziel ist es, die Täter zu identifizieren und zu verfolgen.
            PAST_TENSE      | Die Käufer erhielten das Geld zurück.                              | Die Käufer erhalten das Geld zurück.
            """)
    void a_third_round_cue_fires_on_its_sentence_and_not_on_a_similar_one(String cue, String with, String without) {
        assertCue(cue, with, without);
    }

    /** The fourth round's cues and fixes of misfiring ones, each on made-up sentences with and without it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SHORT_STATEMENT | Die Polizei stoppte den Fahrer.                                    | Die Polizei am Ortseingang
            SHORT_STATEMENT | Nun sucht die Polizei den Fahrer.                                  | Nur die Polizei vor Ort.
            LABEL_LINE      | Datum: 26. Januar 2022                                             | Der Termin ist der 26. Januar 2022.
            NO_CLAIM_CUE    | Das sehen viele heute anders als früher.                           | Die Stadt hat heute 14.000 Einwohner.
            APPEAL          | Zeugen werden gebeten, sich bei der Polizei zu melden.             | Laut einer Zeugenaussage stand das Auto vor dem Haus.
            DEMAND          | Der Verband muss jetzt Antworten liefern.                          | Die Polizei ermittelt wegen Nötigung gegen den Mann.
            VAGUE           | Die Mannschaft überzeugte mit einer hervorragenden Leistung.       | Die Mannschaft gewann mit einer Leistung von 3:0.
            """)
    void a_fourth_round_cue_fires_on_its_sentence_and_not_on_a_similar_one(String cue, String with, String without) {
        assertCue(cue, with, without);
    }

    @Test
    void a_heading_or_list_line_ending_in_a_participle_states_something() {
        assertThat(CheckWorthiness.features("Impf-Gipfel auf Freitag verschoben", BlockKind.HEADING)
                [CheckWorthiness.Feature.HEADING_VERB.ordinal()]).isTrue();
        assertThat(CheckWorthiness.features("Bilder des Diktators veröffentlicht", BlockKind.BULLET)
                [CheckWorthiness.Feature.HEADING_VERB.ordinal()]).isTrue();
        assertThat(CheckWorthiness.features("Einfluss auf die globale Landschaft", BlockKind.HEADING)
                [CheckWorthiness.Feature.HEADING_VERB.ordinal()]).isFalse();
    }

    @Test
    void a_bare_witness_appeal_is_capped_but_one_that_reports_is_not() {
        ScoredSentence bare = scoreParagraph("Zeugen werden gebeten, sich bei der Polizei zu melden.");
        assertThat(bare.score()).isLessThanOrEqualTo(CheckWorthiness.CAP);
        assertThat(bare.reasons()).contains("appeal");
        ScoredSentence reporting = scoreParagraph("Die Polizei ermittelt wegen Nötigung gegen den Fahrer und bittet "
                + "Zeugen, sich unter der Telefonnummer 0631 369 zu melden.");
        assertThat(reporting.score()).isGreaterThan(CheckWorthiness.CAP);
    }

    @Test
    void reported_speech_in_an_opinion_piece_does_not_get_the_opinion_piece_cue() {
        String commentary = "Die Wahl war eine Sensation! Der Bürgermeister hat es leider nicht geschafft, die Menschen "
                + "mitzunehmen. Vielleicht war das Programm zu vage. Die neue Mehrheit muss jetzt liefern. Wir werden sehen, "
                + "ob das gelingt. Die Aufgabe ist enorm. Laut dem Wahlleiter lag die Beteiligung bei 61 Prozent. "
                + "Die CDU verlor zwölf Sitze. Was bedeutet das für die Stadt? Die Gemeindepolitik bleibt spannend.\n";
        AssistText article = AssistText.of(commentary, GermanSentenceSplitter.shared().segment(commentary));
        List<boolean[]> features = CheckWorthiness.articleFeatures(article);
        int opinionPiece = CheckWorthiness.Feature.OPINION_PIECE.ordinal();
        assertThat(features).hasSize(10);
        assertThat(features.get(6)[CheckWorthiness.Feature.ATTRIBUTION.ordinal()]).isTrue();
        assertThat(features.get(6)[opinionPiece]).isFalse(); // "Laut dem Wahlleiter …": reported, a claim
        assertThat(features.get(7)[opinionPiece]).isTrue(); // the author's own sentences keep it
    }

    @Test
    void the_middle_of_a_quoted_passage_is_a_quotation_too() {
        String text = "«Mein Freund, ich wünsche dir eine schnelle Genesung. Du bist ein großer Kämpfer. "
                + "Wir sehen uns bald», schrieb der Kollege am Montag.\n"
                + "Der Fahrer kam am Sonntag in die Klinik. Er wurde am Abend operiert.\n";
        AssistText article = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        assertThat(article.sentenceCount()).isEqualTo(5);
        assertThat(CheckWorthiness.insideQuote(article, 1)).isFalse();
        assertThat(CheckWorthiness.insideQuote(article, 2)).isTrue();
        assertThat(CheckWorthiness.insideQuote(article, 3)).isTrue();
        assertThat(CheckWorthiness.insideQuote(article, 4)).isFalse();
        assertThat(CheckWorthiness.insideQuote(article, 5)).isFalse();
        List<ScoredSentence> scored = scorer.score(article);
        assertThat(scored.get(1).reasons()).contains("quote");
        assertThat(scored.get(1).score()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        // a German closing mark without an opening one does not open a quotation for the rest of the block
        assertThat(CheckWorthiness.quoteStateAfter("Das ist vorbei“, sagte sie.", (char) 0)).isEqualTo((char) 0);
        assertThat(CheckWorthiness.quoteStateAfter("Sie sagte: „Das ist vorbei.", (char) 0)).isEqualTo('“');
    }

    @Test
    void an_article_where_many_sentences_judge_reads_as_an_opinion_piece() {
        String commentary = "Die Wahl war eine Sensation! Der Bürgermeister hat es leider nicht geschafft, die Menschen "
                + "mitzunehmen. Vielleicht war das Programm zu vage. Die neue Mehrheit muss jetzt liefern. Wir werden sehen, "
                + "ob das gelingt. Die Aufgabe ist enorm. Am Sonntag stimmten 4.200 Bürger ab. Die CDU verlor zwölf "
                + "Sitze. Was bedeutet das für die Stadt? Die Gemeindepolitik bleibt spannend.\n";
        String report = "Am Sonntag stimmten 4.200 Bürger in Petersberg ab. Die CDU verlor zwölf Sitze im Rat. Die "
                + "Wahlbeteiligung lag bei 61 Prozent. Neue Bürgermeisterin wird Anna Weber. Sie tritt das Amt am 1. März "
                + "an. Der bisherige Amtsinhaber erhielt 38 Prozent. Die Auszählung dauerte bis 22 Uhr. Der Wahlausschuss "
                + "bestätigte das Ergebnis am Montag. Die Stadt hat 14.000 Einwohner. Die nächste Wahl ist 2030.\n";
        for (String text : List.of(commentary, report)) {
            AssistText article = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
            assertThat(article.sentenceCount()).as(text).isGreaterThanOrEqualTo(10);
            List<boolean[]> features = CheckWorthiness.articleFeatures(article);
            boolean expected = text == commentary;
            assertThat(features).as(text).allSatisfy(on ->
                    assertThat(on[CheckWorthiness.Feature.OPINION_PIECE.ordinal()]).isEqualTo(expected));
        }
        // the same figure sentence scores lower inside the commentary than inside the report
        AssistText inCommentary = AssistText.of(commentary, GermanSentenceSplitter.shared().segment(commentary));
        AssistText inReport = AssistText.of(report, GermanSentenceSplitter.shared().segment(report));
        assertThat(scorer.score(inCommentary).get(6).score()).isLessThan(scorer.score(inReport).getFirst().score()
                + 1e-9);
    }

    private static void assertCue(String cue, String with, String without) {
        CheckWorthiness.Feature feature = CheckWorthiness.Feature.valueOf(cue);
        assertThat(CheckWorthiness.features(with, BlockKind.PARAGRAPH)[feature.ordinal()]).as(with).isTrue();
        assertThat(CheckWorthiness.features(without, BlockKind.PARAGRAPH)[feature.ordinal()]).as(without).isFalse();
    }

    @Test
    void a_question_stays_below_the_threshold_whatever_it_names() {
        ScoredSentence scored = scoreParagraph("Hat die Bundesregierung am 31. Oktober 2023 mehr als 12 Milliarden Euro "
                + "für das Gesetz bewilligt, sagte der Minister?");
        assertThat(scored.score()).isLessThanOrEqualTo(CheckWorthiness.CAP);
        assertThat(scored.reasons()).contains("question");
    }

    @Test
    void a_heading_without_a_claim_scores_low_but_a_headline_with_one_high() {
        String text = "Apple kippt Verschlüsselungspläne für iCloud\n"
                + "Medienberichten zufolge hat Apple seine Pläne aufgegeben.\n"
                + "Einfluss auf die globale Landschaft\n"
                + "Die Debatte geht weiter.\n";
        List<ScoredSentence> scored = scorer.score(AssistText.of(text, GermanSentenceSplitter.shared().segment(text)));
        assertThat(scored).extracting(ScoredSentence::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(scored.get(0).score()).isGreaterThanOrEqualTo(CheckWorthinessScorer.THRESHOLD);
        assertThat(scored.get(0).reasons()).contains("headline");
        assertThat(scored.get(2).score()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        assertThat(scored.get(2).reasons()).contains("fragment");
    }

    @Test
    void a_picture_description_scores_low() {
        ScoredSentence scored = scoreParagraph("Ein lichtdurchflutetes Büro mit modernen Computern und zwei Personen in "
                + "angeregtem Gespräch, eingefangen in warmem Tageslicht und mit klaren Details im Hintergrund.");
        assertThat(scored.score()).isLessThanOrEqualTo(CheckWorthiness.CAP);
        assertThat(scored.reasons()).contains("image-description");
    }

    @Test
    void causal_wording_is_recognised() {
        boolean[] on = CheckWorthiness.features("Die Preise steigen, weil die Energiekosten gestiegen sind.",
                BlockKind.PARAGRAPH);
        assertThat(on[CheckWorthiness.Feature.CAUSAL.ordinal()]).isTrue();
        assertThat(CheckWorthiness.features("Die Preise steigen.", BlockKind.PARAGRAPH)[
                CheckWorthiness.Feature.CAUSAL.ordinal()]).isFalse();
    }

    @Test
    void phone_numbers_model_names_and_dates_are_no_figures() {
        for (String sentence : List.of("Hinweise unter der Telefonnummer 050639010.", "Die Analyse vom 15. September.",
                "Das Modell GPT-5 und Office 365-Tools.")) {
            assertThat(CheckWorthiness.features(sentence, BlockKind.PARAGRAPH)[CheckWorthiness.Feature.NUMBER.ordinal()])
                    .as(sentence).isFalse();
        }
        assertThat(CheckWorthiness.features("Es gab 27.478 Anträge.", BlockKind.PARAGRAPH)[
                CheckWorthiness.Feature.NUMBER.ordinal()]).isTrue();
    }

    @Test
    void every_reason_has_an_english_and_a_german_translation() throws IOException {
        Properties english = bundle("/vaadin-i18n/translations_en.properties");
        Properties german = bundle("/vaadin-i18n/translations_de.properties");
        List<String> codes = Stream.concat(Arrays.stream(CheckWorthiness.Feature.values()).map(f -> f.code),
                Stream.of("section-label", "image-description", "picture-credit", "comment-prompt", "reader-question",
                        "related-links", "byline")).distinct().toList();
        for (String code : codes) {
            assertThat(english.getProperty("assist.reason." + code)).as(code).isNotBlank();
            assertThat(german.getProperty("assist.reason." + code)).as(code).isNotBlank();
        }
    }

    /** Every sentence of a 5,000-sentence article gets a score; how fast is AssistBenchmark's to print, not a test's. */
    @Test
    void scores_every_sentence_of_a_five_thousand_sentence_article() {
        String text = BenchSupport.generatedArticle(5000);
        AssistText article = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));

        List<ScoredSentence> scored = scorer.score(article);

        assertThat(scored).hasSize(article.sentenceCount());
        assertThat(scored).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
    }

    private ScoredSentence scoreParagraph(String sentence) {
        return scorer.score(1, sentence, BlockKind.PARAGRAPH, false);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CheckWorthinessTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
