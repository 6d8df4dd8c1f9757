package org.factdesk.assist;

import java.util.List;

/**
 * A detector's proposal for one sentence: the verdict it suggests ({@link SuggestedVerdict}) and the
 * reasons, as codes (lower-case, dash-separated, e.g. {@code call-to-action}) that the reader shows
 * through the translation key {@code assist.reason.CODE}.
 */
public record DetectedSuggestion(int ordinal, SuggestedVerdict verdict, List<String> reasons) {

    public DetectedSuggestion {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a suggestion names at least one reason");
        }
    }
}
