package org.factdesk.assist;

import org.factdesk.article.ArticleId;
import org.factdesk.assist.internal.AssessmentRepository;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionState;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Serves the stored assessments (suggested verdicts, check-worthiness) to the reader through
 * {@link SuggestionSource} and records the editors' decisions. The assessments are made once per article
 * (on import, in its transaction, and at start for older articles) by {@code internal.ArticleAnalyses}.
 * Role checks happen in {@code ReviewService}, the only caller of these methods.
 */
@Service
public class AssistService implements SuggestionSource {

    private final AssessmentRepository assessments;

    AssistService(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<Suggestion> suggestionsFor(ArticleId articleId) {
        return assessments.findByArticle(articleId.value());
    }

    @Override
    public void recordDecision(ArticleId articleId, Collection<Long> sentenceIds, SuggestionState decision,
                               long userId) {
        if (decision == SuggestionState.OPEN) {
            throw new IllegalArgumentException("a decision is accepted or dismissed");
        }
        assessments.decide(articleId.value(), sentenceIds, decision, userId, Instant.now());
    }

    @Override
    public Map<String, DecisionCounts> decisionCounts() {
        return assessments.decisionCounts();
    }
}
