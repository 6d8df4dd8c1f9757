package org.factdesk.importing.internal;

import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.SentenceSpan;

import java.util.List;

/** Derives an article title from its first line: the line, or its first sentence when the line is long. */
public final class ArticleTitles {

    static final int MAX_LENGTH = 160;

    private ArticleTitles() {
    }

    public static String fromFirstLine(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= MAX_LENGTH) {
            return firstLine;
        }
        List<SentenceSpan> sentences = GermanSentenceSplitter.shared().split(firstLine);
        String title = sentences.isEmpty() ? firstLine : sentences.getFirst().text();
        return shorten(title);
    }

    private static String shorten(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH - 1);
        return title.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).strip() + "…";
    }
}
