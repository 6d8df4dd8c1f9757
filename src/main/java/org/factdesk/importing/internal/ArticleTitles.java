package org.factdesk.importing.internal;

import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.SentenceSpan;

import java.util.List;

/**
 * Derives a title for text that names none: its first line when that looks like a headline (short,
 * no closing full stop), skipping a short kicker above it ("Tech & Trends" over the headline, the
 * German Dachzeile); else the first sentence, shortened at a word boundary.
 */
public final class ArticleTitles {

    /** Longer than this, a line is a paragraph, not a headline. */
    static final int MAX_HEADLINE_LENGTH = 160;
    /** A derived title from a sentence is cut to this many characters. */
    static final int MAX_LENGTH = 120;
    /** A kicker is a section label or topic of at most this many words. */
    static final int MAX_KICKER_WORDS = 3;

    private ArticleTitles() {
    }

    public static String fromText(String text) {
        List<String> lines = text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String first = withoutBullet(lines.getFirst());
        if (looksLikeHeadline(first)) {
            if (lines.size() > 1) {
                String second = withoutBullet(lines.get(1));
                if (words(first) <= MAX_KICKER_WORDS && looksLikeHeadline(second) && words(second) > words(first)) {
                    return second;
                }
            }
            return first;
        }
        List<SentenceSpan> sentences = GermanSentenceSplitter.shared().split(first);
        return shorten(sentences.isEmpty() ? first : sentences.getFirst().text());
    }

    /** A line that reads as a headline: short, one line of words, not closed by a full stop. */
    static boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_HEADLINE_LENGTH || !line.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        return !(line.endsWith(".") || line.endsWith("…") || line.endsWith(",") || line.endsWith(";"));
    }

    /** The title the rules before intake derived (the first line, or its first sentence when long). */
    static String legacyFromFirstLine(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= MAX_HEADLINE_LENGTH) {
            return firstLine;
        }
        List<SentenceSpan> sentences = GermanSentenceSplitter.shared().split(firstLine);
        String title = sentences.isEmpty() ? firstLine : sentences.getFirst().text();
        if (title.length() <= MAX_HEADLINE_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_HEADLINE_LENGTH - 1);
        return title.substring(0, cut > 0 ? cut : MAX_HEADLINE_LENGTH - 1).strip() + "…";
    }

    /** Cuts a title at the last word boundary before the limit, marked with an ellipsis. */
    public static String shorten(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= MAX_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', MAX_LENGTH - 1);
        return oneLine.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + " …";
    }

    private static String withoutBullet(String line) {
        return line.startsWith("- ") ? line.substring(2).strip() : line;
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }
}
