package org.factdesk.segmentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class GermanSentenceSplitterTest {

    private static final GermanSentenceSplitter SPLITTER = GermanSentenceSplitter.shared();

    @ParameterizedTest
    @CsvSource({
            "000_ba803e981a7528e0.txt, 44",
            "001_fa1e16ef087a0131.txt, 41",
            "002_7f91695c0ff28209.txt, 67",
            "003_df3efb554b237c1d.txt, 44",
            "004_59adb0c8911c4187.txt, 30"})
    void reproduces_the_gold_split_of_the_seed_articles(String name, int sentenceCount) {
        String source = resource("/seed-articles/" + name);
        List<String> gold = resource("/gold/sentences/" + name).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.replaceFirst("^[•\\-*–·]\\s+", ""))
                .toList();

        List<SentenceSpan> sentences = SPLITTER.split(source);

        assertThat(gold).hasSize(sentenceCount);
        assertThat(sentences).extracting(SentenceSpan::text).containsExactlyElementsOf(gold);
        assertThat(sentences).allSatisfy(span -> assertThat(source.substring(span.start(), span.end())).isEqualTo(span.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das Treffen ist am 3. Okt. geplant, u. a. mit Dr. Müller.",
            "Im 2. Quartal stieg der Umsatz um 5,6 Prozent.",
            "Laut Tab. 2 stieg der Umsatz.",
            "Siehe Abb. 3 und Ziff. 4 der Vereinbarung.",
            "Der 3. Weltkrieg fand nicht statt.",
            "Am 1. Januar beginnt das Jahr.",
            "Er ist Vors. des Vereins.",
            "Nach Art. 5 GG ist das erlaubt.",
            "Es gab z. B. Kuchen, z.B. Torte usw. und mehr."})
    void keeps_abbreviations_and_ordinals_inside_the_sentence(String sentence) {
        assertThat(texts(sentence)).containsExactly(sentence);
    }

    @Test
    void keeps_a_closing_quote_with_its_sentence() {
        assertThat(texts("Er sagte: „Wir setzen nicht alles auf eine Karte.“ Danach ging er."))
                .containsExactly("Er sagte: „Wir setzen nicht alles auf eine Karte.“", "Danach ging er.");
        assertThat(texts("Er sagte: „Wir setzen nicht alles auf eine Karte…“ Danach ging er."))
                .containsExactly("Er sagte: „Wir setzen nicht alles auf eine Karte…“", "Danach ging er.");
        assertThat(texts("»Nein!« Sie lachte."))
                .containsExactly("»Nein!«", "Sie lachte.");
    }

    @Test
    void breaks_after_words_that_end_in_an_abbreviation() {
        // "hl." and "gen." are abbreviations, "Gefühl." and "Zügen." are not.
        assertThat(texts("Das ist ein tolles Gefühl. Auch das stimmt."))
                .containsExactly("Das ist ein tolles Gefühl.", "Auch das stimmt.");
        assertThat(texts("Man reist mit Zügen. Auf dem Bahnhof wartet man."))
                .containsExactly("Man reist mit Zügen.", "Auf dem Bahnhof wartet man.");
    }

    @Test
    void breaks_after_the_noun_art() {
        assertThat(texts("Ein Vorgang der besonderen Art. Die Haftanstalt schweigt."))
                .containsExactly("Ein Vorgang der besonderen Art.", "Die Haftanstalt schweigt.");
    }

    @Test
    void treats_every_way_of_writing_an_ellipsis_alike() {
        assertThat(texts("Er zögerte… Dann ging er.")).containsExactly("Er zögerte…", "Dann ging er.");
        assertThat(texts("Er zögerte ... Dann ging er.")).containsExactly("Er zögerte ...", "Dann ging er.");
        assertThat(texts("„Wir wissen es nicht . . .“ Nein, wirklich nicht."))
                .containsExactly("„Wir wissen es nicht . . .“", "Nein, wirklich nicht.");
        assertThat(texts("Er hatte ... nun ja, Angst.")).containsExactly("Er hatte ... nun ja, Angst.");
    }

    @Test
    void a_street_abbreviation_before_a_house_number_ends_nothing() {
        assertThat(texts("Er wohnt in der Hauptstr. 5 in Potsdam. Die Bahnhofstr. 12a ist gesperrt."))
                .containsExactly("Er wohnt in der Hauptstr. 5 in Potsdam.", "Die Bahnhofstr. 12a ist gesperrt.");
    }

    @Test
    void a_date_written_with_spaces_is_one_date() {
        assertThat(texts("Die Sitzung war am 2. 5. 2023 im Rathaus. Sie dauerte bis zum 13. 12. 2023. Dann war Pause."))
                .containsExactly("Die Sitzung war am 2. 5. 2023 im Rathaus.", "Sie dauerte bis zum 13. 12. 2023.",
                        "Dann war Pause.");
    }

    @Test
    void a_dash_between_two_sentences_opens_the_second() {
        String text = "Problem erledigt. - Das ist dreist. Gut gemacht. – „Danke“, sagte er.";

        List<SentenceSpan> sentences = SPLITTER.split(text);

        assertThat(sentences).extracting(SentenceSpan::text)
                .containsExactly("Problem erledigt.", "- Das ist dreist.", "Gut gemacht.", "– „Danke“, sagte er.");
        assertThat(sentences.get(1).start()).isEqualTo(text.indexOf("- Das"));
    }

    @Test
    void a_dash_after_quoted_speech_closes_the_quotation() {
        assertThat(texts("„Ruft mal an, auch!“ – Türenklappern, dann Stille."))
                .containsExactly("„Ruft mal an, auch!“ –", "Türenklappern, dann Stille.");
        assertThat(texts("\"Kommt ihr?\" - Keiner antwortete."))
                .containsExactly("\"Kommt ihr?\" -", "Keiner antwortete.");
    }

    @Test
    void a_dash_inside_a_sentence_or_before_a_lower_case_word_splits_nothing() {
        assertThat(texts("Die Gegner - vor allem Anwohner - klagen. Er ging. - und kam wieder."))
                .containsExactly("Die Gegner - vor allem Anwohner - klagen.", "Er ging. - und kam wieder.");
    }

    @Test
    void never_lets_a_sentence_span_two_lines() {
        assertThat(texts("Ein Satz ohne Punkt\nund noch einer mit Dr.\nMüller am Anfang."))
                .containsExactly("Ein Satz ohne Punkt", "und noch einer mit Dr.", "Müller am Anfang.");
    }

    @Test
    void skips_blank_lines_and_handles_every_line_terminator() {
        String text = "\uFEFFErster Satz. Zweiter Satz.\r\n\r\n  \t\n\u00A0\rDritter Satz.\rVierter Satz\n";

        List<SentenceSpan> sentences = SPLITTER.split(text);

        assertThat(sentences).extracting(SentenceSpan::text)
                .containsExactly("Erster Satz.", "Zweiter Satz.", "Dritter Satz.", "Vierter Satz");
        assertThat(sentences).allSatisfy(span -> assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text()));
        assertThat(SPLITTER.segment("")).isEmpty();
        assertThat(SPLITTER.segment(" \n\n\t")).isEmpty();
    }

    @Test
    void keeps_bullet_markers_out_of_blocks_and_sentences() {
        String text = "Die Punkte:\n- Erstens. Zweitens.\n  • Drittens\n* Viertens\n– Fünftens\n· Sechstens\n-5 Grad am Morgen.";

        List<TextBlock> blocks = SPLITTER.segment(text);

        assertThat(blocks).extracting(TextBlock::kind).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET,
                BlockKind.PARAGRAPH);
        assertThat(blocks.get(1).sentences()).extracting(SentenceSpan::text).containsExactly("Erstens.", "Zweitens.");
        assertThat(text.substring(blocks.get(2).start(), blocks.get(2).end())).isEqualTo("Drittens");
        assertThat(blocks.get(6).sentences()).extracting(SentenceSpan::text).containsExactly("-5 Grad am Morgen.");
    }

    @Test
    void a_heading_is_one_short_sentence_without_closing_punctuation() {
        assertThat(kind("Fundament der KI-Revolution bekommt Risse")).isEqualTo(BlockKind.HEADING);
        assertThat(kind("Wie geht es für OpenAI weiter?")).isEqualTo(BlockKind.HEADING);
        assertThat(kind("Tech & Trends")).isEqualTo(BlockKind.HEADING);
        assertThat(kind("Ein Satz.")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Achtung!")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Die Folgen:")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Und dann, ")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("erstens;")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Es war einmal…")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Es war einmal...")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("Wer? Wir")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("„Wir gehen.“")).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kind("„Wohin gehen wir?“")).isEqualTo(BlockKind.HEADING);
        assertThat(kind("Die Reise (2024)")).isEqualTo(BlockKind.HEADING);
        assertThat(kind("x".repeat(100))).isEqualTo(BlockKind.HEADING);
        assertThat(kind("x".repeat(101))).isEqualTo(BlockKind.PARAGRAPH);
    }

    @Test
    void blocks_cover_their_line_without_surrounding_white_space() {
        String text = "  Titel  \n\n Ein Satz. Noch einer. ";

        List<TextBlock> blocks = SPLITTER.segment(text);

        assertThat(blocks).extracting(block -> text.substring(block.start(), block.end()))
                .containsExactly("Titel", "Ein Satz. Noch einer.");
        assertThat(blocks.get(1).sentences()).extracting(SentenceSpan::start)
                .containsExactly(text.indexOf("Ein"), text.indexOf("Noch"));
    }

    @Test
    void gives_the_same_result_from_many_threads() {
        String text = resource("/seed-articles/002_7f91695c0ff28209.txt");
        List<SentenceSpan> expected = SPLITTER.split(text);

        List<List<SentenceSpan>> results = IntStream.range(0, 32).parallel().mapToObj(i -> SPLITTER.split(text)).toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
        assertThat(GermanSentenceSplitter.shared()).isSameAs(SPLITTER);
    }

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(SentenceSpan::text).toList();
    }

    private static BlockKind kind(String line) {
        List<TextBlock> blocks = SPLITTER.segment(line);
        assertThat(blocks).hasSize(1);
        return blocks.getFirst().kind();
    }

    private static String resource(String path) {
        try (InputStream in = GermanSentenceSplitterTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
