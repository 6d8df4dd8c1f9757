package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestionDetector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a detector flags in a text, as the tests read it: sentence text to reasons, in sentence order. */
final class FlaggedSentences {

    private FlaggedSentences() {
    }

    static Map<String, List<String>> of(SuggestionDetector detector, AssistText text) {
        Map<Integer, String> sentences = new LinkedHashMap<>();
        text.sentences().forEach(s -> sentences.put(s.ordinal(), s.text()));
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (DetectedSuggestion suggestion : detector.detect(text)) {
            result.put(sentences.get(suggestion.ordinal()), suggestion.reasons());
        }
        return result;
    }
}
