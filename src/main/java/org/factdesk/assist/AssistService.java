package org.factdesk.assist;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleImported;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assist.internal.AssessmentRepository;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses every stored article once (suggested verdicts, check-worthiness) and serves the result to the
 * reader through {@link SuggestionSource}. An imported article is assessed in its import's transaction
 * (a plain listener): it never opens without its suggestions, and a failed import leaves none behind.
 * Role checks happen in {@code ReviewService}, the only caller of the {@link SuggestionSource} methods.
 */
@Service
public class AssistService implements SuggestionSource {

    private final AssistEngine engine;
    private final ArticleService articles;
    private final AssessmentRepository assessments;

    AssistService(List<SuggestionDetector> detectors, CheckWorthinessScorer scorer, ArticleService articles,
                  AssessmentRepository assessments) {
        this.engine = new AssistEngine(detectors, scorer);
        this.articles = articles;
        this.assessments = assessments;
    }

    @EventListener
    void on(ArticleImported event) {
        assess(event.articleId());
    }

    /** Assesses the article unless that was done; true when it was assessed now. */
    @Transactional
    public boolean assess(ArticleId articleId) {
        if (assessments.isAssessed(articleId.value())) {
            return false;
        }
        ArticleText text = articles.findText(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        Map<Integer, Long> sentenceIds = new HashMap<>();
        text.blocks().forEach(block -> block.sentences().forEach(s -> sentenceIds.put(s.ordinal(), s.id())));
        List<AssessmentRepository.Row> rows = new ArrayList<>();
        for (SentenceAssessment assessment : engine.assess(AssistText.of(text))) {
            if (assessment.suggestion() == null && assessment.checkworthiness() == 0
                    && assessment.checkworthinessReasons().isEmpty()) {
                continue;
            }
            rows.add(new AssessmentRepository.Row(sentenceIds.get(assessment.ordinal()),
                    assessment.suggestion() == null ? null : assessment.suggestion().verdict().name(),
                    assessment.detector(), assessment.suggestionReasons(), assessment.checkworthiness(),
                    assessment.checkworthinessReasons()));
        }
        assessments.insert(articleId.value(), rows, Instant.now());
        return true;
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
