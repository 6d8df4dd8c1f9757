package org.factdesk.segmentation;

import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.Rule;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CompiledSrxRules} must segment exactly as the library's {@link SrxTextIterator} on the same
 * rules: it only exists to be faster. Compared line by line on the seeds, the shared evaluation corpus
 * where it is present, and lines recombined at random around the characters the rules look at.
 */
class CompiledSrxRulesTest {

    private static final SrxDocument DOCUMENT = GermanSentenceSplitter.loadRules();
    private static final CompiledSrxRules RULES = new CompiledSrxRules(DOCUMENT, GermanSentenceSplitter.LANGUAGE_CODE);

    /** Pieces the rules react to: sentence ends, ellipses, quotes, dashes, odd spaces, SRX markers. */
    private static final String[] JOINTS = {" ", "  ", ". ", "! ", "? ", "… ", "... ", ". . . ", "\u00A0", ".\u00A0 ",
            " – ", "“ ", "„", "» ", "« ", ") ", "(", "\t", "\u2029", "<0}", "{0>", ".\" ", "?\u201D ", "1. ", "2. 5. 2023 ",
            "Art. ", "str. 5", "etc. ", "z. B. ", "Dr. ", " a", " B", "\u200B", "\uFEFF", "12:00:00,000\r\n", "\r", "\n",
            "- ", "• ", "3a. ", "http://x.de/a. "};

    @Test
    void segments_the_seeds_the_corpus_and_recombined_lines_exactly_like_the_library() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt", "002_7f91695c0ff28209.txt",
                "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt")) {
            lines.addAll(resource("/seed-articles/" + name).lines().toList());
        }
        Path corpus = Path.of("..", "shared", "eval", "pcc");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.sorted().toList()) {
                    lines.addAll(Files.readString(file).lines().toList());
                }
            }
        }
        Random random = new Random(20261201);
        int original = lines.size();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int part = random.nextInt(6); part >= 0; part--) {
                String source = lines.get(random.nextInt(original));
                int from = source.isEmpty() ? 0 : random.nextInt(source.length());
                int to = from + random.nextInt(source.length() - from + 1);
                line.append(source, from, to).append(JOINTS[random.nextInt(JOINTS.length)]);
            }
            lines.add(line.toString());
        }

        CompiledSrxRules.Segmenter segmenter = RULES.newSegmenter();
        for (String line : lines) {
            List<Integer> ends = new ArrayList<>();
            segmenter.segment(line, ends::add);
            assertThat(ends).as(line).isEqualTo(libraryEnds(line));
        }
    }

    @Test
    void segments_generated_german_text_exactly_like_the_library() {
        // Abbreviations of every list, ordinals, dates, quotes, ellipses, URLs, odd spaces and characters
        // outside the BMP, so that each filter of the fast path is passed and also refused.
        GermanTextGenerator generator = new GermanTextGenerator(Long.getLong("segmentation.seed", 20261201L));
        CompiledSrxRules.Segmenter segmenter = RULES.newSegmenter();
        int segments = 0;
        for (int n = 0; n < 10_000; n++) {
            String line = generator.line();
            List<Integer> ends = new ArrayList<>();
            segmenter.segment(line, ends::add);
            assertThat(ends).as(line).isEqualTo(libraryEnds(line));
            segments += ends.size();
        }
        assertThat(segments).isGreaterThan(30_000);
    }

    @Test
    void segments_like_the_library_where_the_german_rules_never_look_too() {
        // Rule sets made to reach what LanguageTool's rules do not: a cut right after a letter (the
        // before-matcher's region then starts inside a word, so \b there differs from the whole text),
        // ^ and lookbehinds in break rules, empty and nullable before-patterns, exceptions with ^.
        List<List<Rule>> ruleSets = List.of(
                // "xfoo " matches from 0; after the cut at 1 the search starts in its region, where \bfoo holds.
                List.of(new Rule(true, "x", ""), new Rule(true, "\\bfoo|xfoo\\s", "")),
                List.of(new Rule(true, "c", ""), new Rule(true, "\\bab\\b", "\\s"), new Rule(true, "^a", "")),
                List.of(new Rule(false, "\\b(Dr|Nr|[Ee]tc)\\.\\s", ""), new Rule(false, "(^|\\s)\\.", "\\w"),
                        new Rule(true, "[.!?]\\s", ""), new Rule(true, "(?<=o)\\.", ""), new Rule(true, "a*", "b")),
                List.of(new Rule(true, "", "<"), new Rule(false, "\\d+\\.\\s", "\\p{Ll}"), new Rule(true, "\\d+\\.\\s", ""),
                        new Rule(true, "\\.+", "\\p{Lu}")));
        List<String> texts = List.of("xfoo bar", "a xfoo. foo", "xxfoo", "cab cab", "abcab ab c", "a cab. ab",
                "Dr. No. Er kam. .NET geht. so. Nr. 5. Der", "etc. Etc. Xetc. foo. o.b", "aab ab b", "<<a<", "am 3. mai. 4. Mai",
                "Ende...Anfang. Ende. ..Los", "", " ", ".", "a", "b", "xfoo");
        for (List<Rule> rules : ruleSets) {
            SrxDocument document = new SrxDocument();
            document.addLanguageMap(".*", new LanguageRule("test", rules));
            CompiledSrxRules.Segmenter segmenter = new CompiledSrxRules(document, "xx").newSegmenter();
            for (String text : texts) {
                List<Integer> ends = new ArrayList<>();
                segmenter.segment(text, ends::add);
                assertThat(ends).as("%s on %s", rules.stream().map(rule -> (rule.isBreak() ? "break " : "no break ")
                        + rule.getBeforePattern() + " / " + rule.getAfterPattern()).toList(), text)
                        .isEqualTo(libraryEnds(document, "xx", text));
            }
        }
    }

    @Test
    void the_fast_path_reads_most_rules_of_the_loaded_languagetool() {
        // If LanguageTool adds constructs the reading does not know, the split stays right but gets slower.
        assertThat(RULES.noBreakRulesRead()).isGreaterThanOrEqualTo(60);
        assertThat(RULES.breakRulesAnchored()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_table_of_required_literals_still_names_rules_of_the_loaded_languagetool() {
        // If LanguageTool rewords these rules the splitter stays right but gets slower; this says so.
        assertThat(RULES.rulesWithRequiredLiteral()).isEqualTo(10);
        assertThat(RULES.breakRuleCount()).isEqualTo(17);
    }

    private static List<Integer> libraryEnds(String line) {
        return libraryEnds(DOCUMENT, GermanSentenceSplitter.LANGUAGE_CODE, line);
    }

    private static List<Integer> libraryEnds(SrxDocument document, String languageCode, String line) {
        List<Integer> ends = new ArrayList<>();
        SrxTextIterator segments = new SrxTextIterator(document, languageCode, line);
        int end = 0;
        while (segments.hasNext()) {
            end += segments.next().length();
            ends.add(end);
        }
        return ends;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CompiledSrxRulesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
