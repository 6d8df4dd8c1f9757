package org.factdesk.segmentation;

import net.loomchild.segment.srx.LanguageMap;
import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.Rule;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.io.Srx2SaxParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits German text into sentences with LanguageTool's SRX rules plus {@link GermanRuleAdditions},
 * and classifies every non-blank line as heading, paragraph or bullet item.
 *
 * <p>Every line is segmented on its own, so a sentence never spans two lines. Instances are
 * immutable and thread-safe; building one parses and compiles about 200 KB of rules, so create it
 * once (see {@link #shared()}). The rules are applied by {@link CompiledSrxRules}, which splits as the
 * segment library's {@code SrxTextIterator} does, only faster.
 *
 * @see <a href="../../../../../../docs/adr/0001-sentence-segmentation.md">ADR 1</a>
 */
public final class GermanSentenceSplitter {

    /** LanguageTool's sentence rules for all languages, inside the languagetool-core jar. */
    static final String SRX_RESOURCE = "/org/languagetool/resource/segment.srx";

    /**
     * LanguageTool's code for German with the suffix its SRXSentenceTokenizer appends when a single
     * line break ends a paragraph ("_two" would need a blank line).
     */
    static final String LANGUAGE_CODE = "de_one";

    static final int MAX_HEADING_LENGTH = 100;

    private final CompiledSrxRules rules;

    public GermanSentenceSplitter() {
        rules = new CompiledSrxRules(loadRules(), LANGUAGE_CODE);
    }

    /** A lazily created instance shared by the whole application. */
    public static GermanSentenceSplitter shared() {
        return SharedInstance.SPLITTER;
    }

    /** One block per non-blank line of {@code text}, in order. */
    public List<TextBlock> segment(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        // Matchers are state: one set per call keeps the splitter thread-safe.
        CompiledSrxRules.Segmenter segmenter = rules.newSegmenter();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            TextBlock block = segmentLine(segmenter, text, lineStart, lineEnd);
            if (block != null) {
                blocks.add(block);
            }
            lineStart = nextLineStart(text, lineEnd);
        }
        return blocks;
    }

    /** All sentences of {@code text}, in order. */
    public List<SentenceSpan> split(String text) {
        return segment(text).stream().flatMap(block -> block.sentences().stream()).toList();
    }

    private static TextBlock segmentLine(CompiledSrxRules.Segmenter segmenter, String text, int lineStart, int lineEnd) {
        int start = skipWhiteSpace(text, lineStart, lineEnd);
        int end = trimWhiteSpaceBackwards(text, start, lineEnd);
        if (start == end) {
            return null;
        }
        int contentStart = afterBulletMarker(text, start, end);
        boolean bullet = contentStart > start;
        List<SentenceSpan> sentences = sentences(segmenter, text, contentStart, end);
        return new TextBlock(bullet ? BlockKind.BULLET : kindOf(text, contentStart, end, sentences),
                contentStart, end, sentences);
    }

    private static List<SentenceSpan> sentences(CompiledSrxRules.Segmenter segmenter, String text, int start, int end) {
        List<SentenceSpan> sentences = new ArrayList<>();
        // The line on its own, as the rules always saw it: no lookbehind may reach into the line before.
        int[] segmentStart = {start};
        segmenter.segment(text.substring(start, end), relativeEnd -> {
            int segmentEnd = start + relativeEnd;
            int sentenceStart = skipWhiteSpace(text, segmentStart[0], segmentEnd);
            int sentenceEnd = trimWhiteSpaceBackwards(text, sentenceStart, segmentEnd);
            if (sentenceStart < sentenceEnd) {
                sentences.add(new SentenceSpan(sentenceStart, sentenceEnd, text.substring(sentenceStart, sentenceEnd)));
            }
            segmentStart[0] = segmentEnd;
        });
        return sentences;
    }

    /**
     * A heading is a single short sentence without closing punctuation; a '?' is allowed ("Wie geht es
     * weiter?"). Closing quotes and brackets are looked through: „Wir gehen.“ is no heading.
     */
    static BlockKind kindOf(String text, int start, int end, List<SentenceSpan> sentences) {
        int last = end - 1;
        while (last > start && "“”\"»«’')]".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        boolean heading = sentences.size() == 1
                && end - start <= MAX_HEADING_LENGTH
                && ".!,;:…".indexOf(text.charAt(last)) < 0;
        return heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
    }

    /** Where the content of a bullet item starts, or {@code start} if the line is no bullet item. */
    static int afterBulletMarker(String text, int start, int end) {
        if (end - start < 2 || "•-*–·".indexOf(text.charAt(start)) < 0 || !isWhiteSpace(text.charAt(start + 1))) {
            return start;
        }
        return skipWhiteSpace(text, start + 1, end);
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** Past the line terminator at {@code lineEnd} (\n, \r\n or \r); beyond the text after the last line. */
    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd < text.length() - 1 && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static int skipWhiteSpace(String text, int from, int end) {
        while (from < end && isWhiteSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimWhiteSpaceBackwards(String text, int start, int end) {
        while (end > start && isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Also no-break and zero-width spaces and a byte order mark, which Java's notion leaves out. */
    static boolean isWhiteSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static SrxDocument loadRules() {
        SrxDocument languageTool;
        try (InputStream in = GermanSentenceSplitter.class.getResourceAsStream(SRX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SRX_RESOURCE + " not on the classpath (languagetool-core missing?)");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            // Like LanguageTool itself: the file is known to be valid, validating would only cost time.
            languageTool = new Srx2SaxParser(Map.of(Srx2SaxParser.VALIDATE_PARAMETER, false)).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SRX_RESOURCE, e);
        }
        // Our rules go first: with cascading, a no-break rule overrides every break rule after it.
        SrxDocument combined = new SrxDocument(true);
        combined.addLanguageMap(LANGUAGE_CODE, withUnicodeClasses(GermanRuleAdditions.create()));
        for (LanguageMap map : languageTool.getLanguageMapList()) {
            combined.addLanguageMap(map.getLanguagePattern().pattern(), withUnicodeClasses(map.getLanguageRule()));
        }
        return combined;
    }

    /**
     * Since Java 19, {@code \b} and {@code \w} only know ASCII letters unless Unicode classes are on,
     * so LanguageTool's {@code \bhl\.} (abbreviation "heilig") matched the end of "Gefühl." and
     * suppressed a sentence break; the rules were written for the older, Unicode-aware {@code \b}.
     */
    static LanguageRule withUnicodeClasses(LanguageRule rule) {
        List<Rule> rules = rule.getRuleList().stream()
                .map(r -> new Rule(r.isBreak(), unicodeClasses(r.getBeforePattern()), unicodeClasses(r.getAfterPattern())))
                .toList();
        return new LanguageRule(rule.getName(), rules);
    }

    private static String unicodeClasses(String pattern) {
        return pattern == null || pattern.isEmpty() ? pattern : "(?U:" + pattern + ")";
    }

    private static final class SharedInstance {
        static final GermanSentenceSplitter SPLITTER = new GermanSentenceSplitter();
    }
}
