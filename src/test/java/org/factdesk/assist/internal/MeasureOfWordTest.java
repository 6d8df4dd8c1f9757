package org.factdesk.assist.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The measure of a word: the longest stem found in it wins, the first listed among equally long ones. */
class MeasureOfWordTest {

    @Test
    void stems_inside_compounds_whole_words_and_the_longest_stem() {
        assertThat(FigureFacts.measureOfWord("Gesamtumsatz")).isEqualTo("revenue");
        assertThat(FigureFacts.measureOfWord("Marktanteil")).isEqualTo("market-share"); // not "stake"
        assertThat(FigureFacts.measureOfWord("Wert")).isEqualTo("valuation");
        assertThat(FigureFacts.measureOfWord("Mehrwert")).isNull(); // "=wert" is a whole word only
        assertThat(FigureFacts.measureOfWord("Stellen")).isEqualTo("jobs");
        assertThat(FigureFacts.measureOfWord("Gewinner")).isNull();
        assertThat(FigureFacts.measureOfWord("Investitionen")).isEqualTo("investment");
        assertThat(FigureFacts.measureOfWord("Wetter")).isNull();
    }

    @Test
    void every_word_of_the_seed_articles_gets_the_measure_the_plain_scan_gives() throws IOException {
        Pattern word = Pattern.compile("[\\p{L}]+(?:[-‑][\\p{L}]+)*");
        List<String> words = new ArrayList<>();
        for (String name : List.of("000_ba803e981a7528e0", "001_fa1e16ef087a0131", "002_7f91695c0ff28209",
                "003_df3efb554b237c1d", "004_59adb0c8911c4187")) {
            try (InputStream in = getClass().getResourceAsStream("/seed-articles/" + name + ".txt")) {
                Matcher m = word.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(1_000);
        int measured = 0;
        for (String w : words) {
            String expected = plainScan(w);
            assertThat(FigureFacts.measureOfWord(w)).as(w).isEqualTo(expected);
            measured += expected == null ? 0 : 1;
        }
        assertThat(measured).isGreaterThan(20);
    }

    /** The straightforward form: every stem of every measure tried against the word. */
    private static String plainScan(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (Set.of("gewinner", "gewinnerin", "gewinnorientiert", "gewinnorientierte", "gewinnorientierten",
                "gewinnbeteiligungsmodells").contains(w)) {
            return null;
        }
        String best = null;
        int bestLength = 0;
        for (var entry : FigureFacts.measures().entrySet()) {
            for (String stem : entry.getValue()) {
                boolean whole = stem.startsWith("=");
                String s = whole ? stem.substring(1) : stem;
                if ((whole ? w.equals(s) : w.contains(s)) && s.length() > bestLength) {
                    best = entry.getKey();
                    bestLength = s.length();
                }
            }
        }
        return best;
    }
}
