package org.factdesk.review;

import java.util.List;

/**
 * What the assistance says about one sentence: a suggested verdict ({@code verdict}, null when it
 * suggests none) from a named detector with its reasons, and the sentence's check-worthiness (0–1)
 * with its reasons. Reasons are codes; the reader shows them through {@code assist.reason.CODE}.
 */
public record Suggestion(long sentenceId, Verdict verdict, String detector, List<String> reasons,
                         double checkworthiness, List<String> checkworthinessReasons, SuggestionState state) {

    /** From this check-worthiness on a sentence counts as check-worthy (the reader's marker and order, the command). */
    public static final double CHECK_WORTHY = 0.5;

    public Suggestion {
        reasons = List.copyOf(reasons);
        checkworthinessReasons = List.copyOf(checkworthinessReasons);
    }

    public boolean suggestsVerdict() {
        return verdict != null;
    }

    public boolean isCheckWorthy() {
        return checkworthiness >= CHECK_WORTHY;
    }
}
