package org.factdesk.assist.internal;

import org.factdesk.article.ArticleText;
import org.factdesk.article.BlockLayout;
import org.factdesk.assist.AssistEngine;
import org.factdesk.assist.AssistText;
import org.factdesk.assist.CheckWorthinessScorer;
import org.factdesk.assist.SentenceAssessment;
import org.factdesk.assist.SuggestionDetector;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The text-only assistance (suggested verdicts, check-worthiness) of an article, stored once per article. */
@Component
class AssessmentAnalysis implements ArticleAnalysis {

    private final AssistEngine engine;
    private final AssessmentRepository assessments;

    AssessmentAnalysis(List<SuggestionDetector> detectors, CheckWorthinessScorer scorer,
                       AssessmentRepository assessments) {
        this.engine = new AssistEngine(detectors, scorer);
        this.assessments = assessments;
    }

    @Override
    @Transactional
    public boolean analyse(ArticleText text) {
        return analyse(text, List.of());
    }

    @Override
    @Transactional
    public boolean analyse(ArticleText text, List<BlockLayout> layouts) {
        long articleId = text.id().value();
        if (assessments.isAssessed(articleId)) {
            return false;
        }
        Map<Integer, Long> sentenceIds = new HashMap<>();
        text.blocks().forEach(block -> block.sentences().forEach(s -> sentenceIds.put(s.ordinal(), s.id())));
        List<AssessmentRepository.Row> rows = new ArrayList<>();
        for (SentenceAssessment assessment : engine.assess(AssistText.of(text, layouts))) {
            if (assessment.suggestion() == null && assessment.checkworthiness() == 0
                    && assessment.checkworthinessReasons().isEmpty()) {
                continue;
            }
            rows.add(new AssessmentRepository.Row(sentenceIds.get(assessment.ordinal()),
                    assessment.suggestion() == null ? null : assessment.suggestion().verdict().name(),
                    assessment.detector(), assessment.suggestionReasons(), assessment.checkworthiness(),
                    assessment.checkworthinessReasons()));
        }
        assessments.insert(articleId, rows, Instant.now());
        return true;
    }

    @Override
    public Set<Long> analysed(Collection<Long> articleIds) {
        return assessments.analysed(articleIds);
    }
}
