package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the reader shows of an article's versions (ADR 0029): the version picker, the sentences whose
 * review was carried from the version before (to confirm, or changed in substance) and the confirmation.
 * Implemented above {@code review} by the revision feature, as suggestions are by assist (ADR 0011); the
 * implementation goes through its secured service, which checks the caller's role and the workflow.
 */
public interface ReaderVersions {

    /** All versions of the article's document, oldest first (one when it never got a new version). */
    List<Version> versionsOf(ArticleId articleId);

    /**
     * The sentences of the article that came from the version before changed in wording or in substance, by
     * sentence id (unchanged and new sentences have none).
     */
    Map<Long, CarriedMark> carriedMarks(ArticleId articleId);

    /**
     * Confirms the verdicts carried into these sentences after their wording changed (the history records it);
     * refused as a whole ({@link VerdictRejectedException}) when one has nothing to confirm, or like a verdict
     * change when the user may not change the article's verdicts now.
     */
    void confirmCarried(ArticleId articleId, Collection<Long> sentenceIds);

    /** One version: the article row holding it, its number, when it was stored, whether it is the newest. */
    record Version(ArticleId articleId, int number, Instant createdAt, boolean newest) {
    }

    /**
     * A sentence carried from the version before with other words: {@code kind} {@code changed} (the verdict
     * was carried; {@code toConfirm} until someone confirmed it) or {@code substance} (a figure, name, date or
     * negation differs: unreviewed); {@code previousTexts} the old sentence (two when two were joined),
     * {@code previousVerdict} and {@code previousNote} its review then (null when it had none),
     * {@code differences} why it is substance ({@code figure: 27 → 32}); who confirmed it when, or null.
     */
    record CarriedMark(long sentenceId, String kind, boolean toConfirm, List<String> previousTexts,
                       Verdict previousVerdict, String previousNote, List<String> differences, String confirmedBy,
                       Instant confirmedAt) {

        public static final String CHANGED = "changed";
        public static final String SUBSTANCE = "substance";

        public CarriedMark {
            previousTexts = List.copyOf(previousTexts);
            differences = List.copyOf(differences);
        }

        /** What the reader sets as {@code data-carried}: the kind while it needs someone's eye, else empty. */
        public String attribute() {
            return SUBSTANCE.equals(kind) || toConfirm ? kind : "";
        }
    }
}
