package org.factdesk.assist;

import org.factdesk.common.ComponentsOnClasspath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the text-only assistance over an article: every {@link SuggestionDetector} and the
 * {@link CheckWorthinessScorer}, combined into one {@link SentenceAssessment} per sentence. Where two
 * detectors suggest for one sentence, promotional wins over no-claim (an ad is never "no claim"), then
 * the detector first in order. A sentence with a suggestion is not a claim to check: its score is
 * capped at {@link #SUGGESTED_CAP}, so "check-worthy first" never leads with an ad.
 */
public final class AssistEngine {

    static final double SUGGESTED_CAP = 0.2;

    private final List<SuggestionDetector> detectors;
    private final CheckWorthinessScorer scorer;

    public AssistEngine(List<SuggestionDetector> detectors, CheckWorthinessScorer scorer) {
        this.detectors = List.copyOf(detectors);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** The detectors and the scorer the application has, made without Spring (for the {@code assist} command). */
    public static AssistEngine onClasspath() {
        String base = AssistEngine.class.getPackageName();
        List<CheckWorthinessScorer> scorers = ComponentsOnClasspath.instantiate(CheckWorthinessScorer.class, base);
        if (scorers.size() != 1) {
            throw new IllegalStateException("expected one CheckWorthinessScorer, found " + scorers.size());
        }
        return new AssistEngine(ComponentsOnClasspath.instantiate(SuggestionDetector.class, base), scorers.getFirst());
    }

    /** The detectors' names, in order. */
    public List<String> detectorNames() {
        return detectors.stream().map(SuggestionDetector::name).toList();
    }

    /** One assessment per sentence of the text, in reading order. */
    public List<SentenceAssessment> assess(AssistText text) {
        Map<Integer, Found> suggestions = new HashMap<>();
        for (SuggestionDetector detector : detectors) {
            for (DetectedSuggestion suggestion : detector.detect(text)) {
                Found found = new Found(detector.name(), suggestion);
                suggestions.merge(suggestion.ordinal(), found, AssistEngine::stronger);
            }
        }
        Map<Integer, ScoredSentence> scores = new HashMap<>();
        for (ScoredSentence scored : scorer.score(text)) {
            scores.put(scored.ordinal(), scored);
        }
        List<SentenceAssessment> assessments = new ArrayList<>(text.sentenceCount());
        for (AssistText.Sentence sentence : text.sentences()) {
            Found found = suggestions.get(sentence.ordinal());
            ScoredSentence scored = scores.get(sentence.ordinal());
            double score = scored == null ? 0 : scored.score();
            List<String> scoreReasons = scored == null ? List.of() : scored.reasons();
            if (found == null) {
                assessments.add(new SentenceAssessment(sentence.ordinal(), null, null, List.of(), round(score),
                        scoreReasons));
            } else {
                assessments.add(new SentenceAssessment(sentence.ordinal(), found.suggestion().verdict(),
                        found.detector(), found.suggestion().reasons(), round(Math.min(score, SUGGESTED_CAP)),
                        scoreReasons));
            }
        }
        return assessments;
    }

    /** Two decimals, as stored and printed. */
    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private record Found(String detector, DetectedSuggestion suggestion) {
    }

    private static final Comparator<Found> STRENGTH = Comparator.comparing(
            found -> found.suggestion().verdict() == SuggestedVerdict.PROMOTIONAL ? 0 : 1);

    private static Found stronger(Found first, Found second) {
        return STRENGTH.compare(second, first) < 0 ? second : first;
    }
}
