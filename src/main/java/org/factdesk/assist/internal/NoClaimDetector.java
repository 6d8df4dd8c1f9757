package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.assist.SuggestionDetector;
import org.factdesk.segmentation.BlockKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Page furniture that states nothing to check, suggested as "no claim": a section label above the title,
 * picture descriptions and credits, comment prompts and the reader questions that lead to them, "read also"
 * links, bylines and date lines standing alone. Each rule looks at the sentence's form and its place, never
 * at one page's wording; a sentence that makes a claim (a figure, an attribution) is left to the editor.
 */
@Component
public final class NoClaimDetector implements SuggestionDetector {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;

    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?(?:Foto|Fotos|Bild|Bilder|Symbolbild|Titelbild|Beitragsbild|Grafik|Illustration|Video|Quelle"
                    + "|Photo|Image|Credit|Source)s?\\s?:\\s?\\S.{0,120}$|^©\\s?\\S.{0,80}$",
            FLAGS);
    private static final Pattern RELATED = Pattern.compile(
            "^(?:(?:Lesen\\sSie\\s(?:auch|mehr|hier)|Mehr\\szum\\sThema|Auch\\sinteressant|Weitere\\sArtikel|Das\\skönnte"
                    + "\\sSie\\sauch\\sinteressieren|Read\\salso|See\\salso)\\b.{0,120}|(?:Passend\\sdazu|Zum\\sThema|Related)\\s?:.{0,120})$",
            FLAGS);
    /** A whole sentence that asks the reader's opinion ("Was denken Sie darüber?"); it ends with "?". */
    private static final String COMMENT_QUESTION_REGEX =
            "^(?:Was\\s(?:denken|meinen|sagen|halten)\\s(?:Sie|du|ihr)\\b.{0,40}\\?|Wie\\s(?:sehen|finden)\\s(?:Sie|du|ihr)"
                    + "\\s(?:das|es)\\b.{0,40}\\?|What\\sdo\\syou\\sthink\\b.{0,40}\\?)$";
    /** The words of a call to comment; each alternative has one of {@link #COMMENT_CALL_WORDS} in it. */
    private static final String COMMENT_CALL_REGEX =
            "\\b(?:in\\sden\\sKommentaren|(?:einen|ihren|deinen)\\sKommentar|Kommentar\\s(?:schreiben|abgeben"
                    + "|hinterlassen|verfassen)|Kommentare?\\sanzeigen|Diskutieren\\s(?:Sie|du)\\smit|Diskutiere\\smit"
                    + "|Ihre\\sMeinung\\s(?:ist\\sgefragt|interessiert)|(?:Schreiben|Sagen|Teilen|Verraten)\\sSie\\suns"
                    + "|leave\\sa\\scomment|join\\sthe\\sdiscussion)\\b";
    /** A comment prompt, as one pattern: what {@link #isCommentPrompt} finds (the test compares). */
    static final Pattern COMMENT_PROMPT = Pattern.compile(COMMENT_QUESTION_REGEX + "|" + COMMENT_CALL_REGEX, FLAGS);
    private static final Pattern COMMENT_QUESTION = Pattern.compile(COMMENT_QUESTION_REGEX, FLAGS);
    private static final Pattern COMMENT_CALL = Pattern.compile(COMMENT_CALL_REGEX, FLAGS);
    /** Case-folded letters in a row, one of which every alternative of {@link #COMMENT_CALL_REGEX} has. */
    private static final String[] COMMENT_CALL_WORDS = {"kommentar", "diskutiere", "meinung", "uns", "comment",
            "discussion"};
    /** A prompt speaks to the reader: "Sie", "du", "uns", or an imperative opening ("Schreibe …"). */
    private static final Pattern ADDRESSES_READER = Pattern.compile(
            "\\b(?:Sie|Ihre?[nmr]?|[Dd]u|[Dd]ein\\w*|[Ee]uch|ihr|uns|you|your)\\b|^(?:Schreibe|Schreiben|Hinterlasse"
                    + "|Hinterlassen|Diskutiere|Diskutieren|Kommentiere|Kommentieren|Sagen|Teilen|Verraten|Leave|Join)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern READER_QUESTION = Pattern.compile(
            "\\?[\"“”»«]?$", Pattern.UNICODE_CHARACTER_CLASS);
    /** "Von Anna Schmidt", "By Jane Doe": a byline only where bylines stand (see {@link #detect}). */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:Von|By)\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,4}(?:(?:und|and|,)\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})?"
                    + "(?:,\\s\\p{Lu}\\p{L}+)?\\.?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "Autorin: …", "Autoren Jelko Djuren und Jutta Klaukien": labelled, so anywhere. */
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "^(?:Autor|Autorin|Autoren|Autor/-in|Autor\\*in|Text|Redaktion|Author)(?:\\s?:\\s.{1,80}|\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?)"
                    + "{1,4}(?:(?:und|and|,)\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})?)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String MONTH = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember|January|February|March|May|June|July|October|December)";
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\\s)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}"
                    + "|\\d{1,2}\\.\\s" + MONTH + "\\s\\d{4}|" + MONTH + "\\s\\d{1,2},?\\s\\d{4})(?:,?\\s(?:um\\s)?\\d{1,2}[:.]\\d{2}"
                    + "(?:\\sUhr)?)?$|^\\((?:dpa|afp|apa|sda|kna|epd|ots|red|rtr|ap)(?:/\\p{L}+)?\\)$",
            FLAGS);
    /** Words that describe what a picture shows, not what happened. */
    private static final Pattern SCENE_WORD = Pattern.compile(
            "\\b(?:Büro\\w*|Person\\w*|Hintergrund|Vordergrund|Tageslicht|Licht\\w*|lichtdurchflutet\\w*|symbolisier\\w*"
                    + "|Atmosphäre|Szene\\w*|Bildschirm\\w*|Pflanzen|Glasfläche\\w*|warm\\w*|Details?|realistisch\\w*"
                    + "|eingefangen|wirkend\\w*|Gespräch\\w*|sitzend\\w*|stehend\\w*|lächelnd\\w*|freundlich\\w*|hell\\w*"
                    + "|Farb\\w*|Himmel|Sonnenlicht|Schreibtisch\\w*|Laptop\\w*|Computer\\w*|modern\\w*|vermitteln|zeigt"
                    + "|abgebildet|im\\sBild|Illustration|stilisiert\\w*|futuristisch\\w*|leuchtend\\w*)\\b",
            FLAGS);
    private static final Pattern SCENE_START = Pattern.compile(
            "^(?:Ein|Eine|Zwei|Drei|Mehrere|Das\\sBild|Das\\sFoto|Die\\sAufnahme|Die\\sIllustration|Symbolbild|An?\\s)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** What a report says happened or who said it: such a sentence is not a picture description. */
    private static final Pattern CLAIM_VERB = Pattern.compile(
            "\\b(?:sagte|sagt|teilte|erklärte|berichtet\\w*|laut|zufolge|kündigte|wurde|wurden|hat|haben|hatte|ist|sind"
                    + "|war|waren|investiert\\w*|stieg|sank)\\b",
            FLAGS);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…]$");

    public NoClaimDetector() {
        // stateless
    }

    @Override
    public String name() {
        return "no-claim";
    }

    @Override
    public List<DetectedSuggestion> detect(AssistText text) {
        Map<Integer, List<String>> found = new TreeMap<>();
        List<AssistText.Block> blocks = text.blocks();
        List<AssistText.Sentence> sentences = text.sentences();
        Map<Integer, Integer> blockOf = new java.util.HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (AssistText.Sentence sentence : blocks.get(b).sentences()) {
                blockOf.put(sentence.ordinal(), b);
            }
        }
        sectionLabel(blocks).ifPresent(ordinal -> found.put(ordinal, List.of("section-label")));
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).text().strip();
            int ordinal = sentences.get(i).ordinal();
            String reason = reason(sentence);
            // "Von Anna Schmidt" is a byline near the title or at the end, not a heading in the middle
            int block = blockOf.get(ordinal);
            boolean nearAnEnd = block < 6 || block >= blocks.size() - 6;
            if (reason == null && nearAnEnd && BYLINE.matcher(sentence).matches()) {
                reason = "byline";
            }
            if (reason != null) {
                found.putIfAbsent(ordinal, List.of(reason));
            }
            if ("comment-prompt".equals(reason)) {
                // the questions right before a comment prompt ask for the readers' opinion
                for (int j = i - 1; j >= 0 && isQuestion(sentences.get(j).text()); j--) {
                    found.putIfAbsent(sentences.get(j).ordinal(), List.of("reader-question"));
                }
            }
        }
        List<DetectedSuggestion> suggestions = new ArrayList<>(found.size());
        found.forEach((ordinal, reasons) ->
                suggestions.add(new DetectedSuggestion(ordinal, SuggestedVerdict.NO_CLAIM, reasons)));
        return suggestions;
    }

    /** The furniture reason a sentence shows on its own, or null. */
    static String reason(String sentence) {
        if (CREDIT.matcher(sentence).matches()) {
            return "picture-credit";
        }
        if (RELATED.matcher(sentence).matches()) {
            return "related-links";
        }
        if (isCommentPrompt(sentence) && isPrompt(sentence)) {
            return "comment-prompt";
        }
        if (DATE_LINE.matcher(sentence).matches() || AUTHOR_LINE.matcher(sentence).matches()) {
            return "byline";
        }
        if (isPictureDescription(sentence)) {
            return "image-description";
        }
        return null;
    }

    /**
     * {@code COMMENT_PROMPT.matcher(sentence).find()}, cheaper: its question half only for a sentence with a "?", its
     * call half only when the sentence, case-folded as the pattern compares it, has one of the call's words. It ran on
     * every sentence and was a tenth of the assistance's time (issue 13).
     */
    static boolean isCommentPrompt(String sentence) {
        if (sentence.indexOf('?') >= 0 && COMMENT_QUESTION.matcher(sentence).find()) {
            return true;
        }
        String folded = caseFolded(sentence);
        for (String word : COMMENT_CALL_WORDS) {
            if (folded.contains(word)) {
                return COMMENT_CALL.matcher(sentence).find();
            }
        }
        return false;
    }

    /**
     * The text as a CASE_INSENSITIVE and UNICODE_CASE pattern compares it: each character upper-cased, then lower-cased
     * (so the Kelvin sign and the long s become "k" and "s"), which {@code toLowerCase} alone does not do.
     */
    static String caseFolded(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(chars);
    }

    /**
     * A long sentence that describes a scene ("Ein lichtdurchflutetes Büro mit …"): it starts like a caption,
     * uses several words about what is seen, and has no figure and no verb of a report or attribution.
     */
    static boolean isPictureDescription(String sentence) {
        // The anchored start first: it rules out nearly every sentence before the words are counted.
        if (!SCENE_START.matcher(sentence).find() || wordCount(sentence) < 20 || DIGIT.matcher(sentence).find()
                || CLAIM_VERB.matcher(sentence).find()) {
            return false;
        }
        return SCENE_WORD.matcher(sentence).results().count() >= 4;
    }

    /**
     * Short, and speaking to the reader or a bare label ("Kommentare anzeigen"): a report that someone
     * "wollte keinen Kommentar abgeben" is no prompt.
     */
    private static boolean isPrompt(String sentence) {
        int words = wordCount(sentence);
        return words <= 4 || words <= 15 && ADDRESSES_READER.matcher(sentence).find();
    }

    /** How many runs of {@link #WORD} the text has ({@code [\\p{L}\\d]+}, Unicode digits), counted without a matcher. */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetter(c) || Character.isDigit(c);
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return count;
    }

    private static boolean isQuestion(String sentence) {
        return READER_QUESTION.matcher(sentence.strip()).find();
    }

    /**
     * A short label standing first, above the title ("Tech & Trends", "Region"): at most three capitalised
     * words, no sentence punctuation or digit, and a longer heading right after it.
     */
    private static java.util.Optional<Integer> sectionLabel(List<AssistText.Block> blocks) {
        if (blocks.size() < 2 || blocks.getFirst().sentences().size() != 1
                || blocks.get(1).kind() != BlockKind.HEADING) {
            return java.util.Optional.empty();
        }
        String label = blocks.getFirst().sentences().getFirst().text().strip();
        List<String> words = WORD.matcher(label).results().map(java.util.regex.MatchResult::group).toList();
        String title = blocks.get(1).sentences().getFirst().text();
        if (words.isEmpty() || words.size() > 3 || SENTENCE_END.matcher(label).find() || DIGIT.matcher(label).find()
                || words.stream().anyMatch(word -> Character.isLowerCase(word.charAt(0)))
                || WORD.matcher(title).results().count() <= words.size() + 1) {
            return java.util.Optional.empty(); // a title of its own ("Holz statt Plastik"), not a label above one
        }
        return java.util.Optional.of(blocks.getFirst().sentences().getFirst().ordinal());
    }
}
