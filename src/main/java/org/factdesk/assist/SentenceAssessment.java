package org.factdesk.assist;

import java.util.List;

/**
 * All the text-only assistance for one sentence: the suggested verdict (or null) with the detector
 * that made it and its reasons, and the check-worthiness with its reasons.
 */
public record SentenceAssessment(int ordinal, SuggestedVerdict suggestion, String detector,
                                 List<String> suggestionReasons, double checkworthiness,
                                 List<String> checkworthinessReasons) {

    public SentenceAssessment {
        suggestionReasons = List.copyOf(suggestionReasons);
        checkworthinessReasons = List.copyOf(checkworthinessReasons);
    }

    public boolean checkWorthy() {
        return checkworthiness >= CheckWorthinessScorer.THRESHOLD;
    }

    /**
     * Why: for a suggested sentence the suggestion's reasons (its capped score needs no explaining), else the
     * check-worthiness reasons.
     */
    public List<String> reasons() {
        return suggestion != null ? suggestionReasons : checkworthinessReasons;
    }
}
