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
            "^(?:Lesen\\sSie\\s(?:auch|mehr|hier)|Mehr\\szum\\sThema|Auch\\sinteressant|Weitere\\sArtikel|Das\\skönnte\\s"
                    + "Sie\\sauch\\sinteressieren|Passend\\sdazu|Zum\\sThema|Read\\salso|Related|See\\salso)\\b.{0,120}$",
            FLAGS);
    private static final Pattern COMMENT_PROMPT = Pattern.compile(
            "^(?:Was\\s(?:denken|meinen|sagen|halten)\\s(?:Sie|du|ihr)\\b.{0,40}\\?|Wie\\s(?:sehen|finden)\\s(?:Sie|du|ihr)"
                    + "\\s(?:das|es)\\b.{0,40}\\?|What\\sdo\\syou\\sthink\\b.{0,40}\\?)$"
                    + "|\\b(?:in\\sden\\sKommentaren|(?:einen|ihren|deinen)\\sKommentar|Kommentar\\s(?:schreiben|abgeben"
                    + "|hinterlassen|verfassen)|Kommentare?\\sanzeigen|Diskutieren\\s(?:Sie|du)\\smit|Diskutiere\\smit"
                    + "|Ihre\\sMeinung\\s(?:ist\\sgefragt|interessiert)|(?:Schreiben|Sagen|Teilen|Verraten)\\sSie\\suns"
                    + "|leave\\sa\\scomment|join\\sthe\\sdiscussion)\\b",
            FLAGS);
    private static final Pattern READER_QUESTION = Pattern.compile(
            "\\?[\"“”»«]?$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:Von|By|Autor|Autorin|Autoren|Text|Redaktion)\\s?:?\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,4}"
                    + "(?:(?:und|and|,)\\s(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})?$|^(?:Autor|Autorin)\\s?:\\s.{1,60}$",
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
        sectionLabel(blocks).ifPresent(ordinal -> found.put(ordinal, List.of("section-label")));
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).text().strip();
            int ordinal = sentences.get(i).ordinal();
            String reason = reason(sentence);
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
        if (COMMENT_PROMPT.matcher(sentence).find()) {
            return "comment-prompt";
        }
        if (BYLINE.matcher(sentence).matches() || DATE_LINE.matcher(sentence).matches()) {
            return "byline";
        }
        if (isPictureDescription(sentence)) {
            return "image-description";
        }
        return null;
    }

    /**
     * A long sentence that describes a scene ("Ein lichtdurchflutetes Büro mit …"): it starts like a caption,
     * uses several words about what is seen, and has no figure and no verb of a report or attribution.
     */
    static boolean isPictureDescription(String sentence) {
        int words = (int) WORD.matcher(sentence).results().count();
        if (words < 20 || !SCENE_START.matcher(sentence).find() || DIGIT.matcher(sentence).find()
                || CLAIM_VERB.matcher(sentence).find()) {
            return false;
        }
        return SCENE_WORD.matcher(sentence).results().count() >= 4;
    }

    private static boolean isQuestion(String sentence) {
        return READER_QUESTION.matcher(sentence.strip()).find();
    }

    /**
     * A short label standing first, above the title ("Tech & Trends", "Region"): at most three words, no
     * sentence punctuation, and a heading right after it.
     */
    private static java.util.Optional<Integer> sectionLabel(List<AssistText.Block> blocks) {
        if (blocks.size() < 2 || blocks.getFirst().sentences().size() != 1
                || blocks.get(1).kind() != BlockKind.HEADING) {
            return java.util.Optional.empty();
        }
        String label = blocks.getFirst().sentences().getFirst().text().strip();
        long words = WORD.matcher(label).results().count();
        if (words == 0 || words > 3 || SENTENCE_END.matcher(label).find() || DIGIT.matcher(label).find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(blocks.getFirst().sentences().getFirst().ordinal());
    }
}
