package org.factdesk.assist;

import org.factdesk.article.ArticleId;
import org.factdesk.assist.internal.AssessmentRepository;
import org.factdesk.assist.internal.LookUpIndexing;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionState;
import org.springframework.stereotype.Service;

import java.time.Duration;
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
    private final LookUpIndexing indexing;

    AssistService(AssessmentRepository assessments, LookUpIndexing indexing) {
        this.assessments = assessments;
        this.indexing = indexing;
    }

    /**
     * Waits, at most {@code max}, until the articles imported on this node so far are in the look-up indexes
     * (built after each import commits). The look-ups wait by themselves; this is for measuring an import.
     */
    public void awaitLookUpIndexing(Duration max) {
        indexing.awaitQueued(max);
    }

    @Override
    public List<Suggestion> suggestionsFor(ArticleId articleId) {
        return assessments.findByArticle(articleId.value());
    }

    @Override
    public void recordDecision(ArticleId articleId, Collection<Long> sentenceIds, SuggestionState decision,
                               long userId) {
        if (decision == SuggestionState.OPEN) {
            assessments.reopen(articleId.value(), sentenceIds);
        } else {
            assessments.decide(articleId.value(), sentenceIds, decision, userId, Instant.now());
        }
    }

    @Override
    public Map<String, DecisionCounts> decisionCounts() {
        return assessments.decisionCounts();
    }
}
