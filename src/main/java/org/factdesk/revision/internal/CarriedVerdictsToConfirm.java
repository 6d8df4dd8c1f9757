package org.factdesk.revision.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.ReviewCompleteness;
import org.factdesk.assignment.UnconfirmedVerdicts;
import org.factdesk.review.ReviewCarrier;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.CarriedSentence;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What submitting a new version waits for (ADR 0029): verdicts carried after the wording changed that nobody
 * confirmed. A verdict given again by hand since the carrying (a carried row keeps its original time) has
 * been looked at and counts as confirmed; a cleared one is unreviewed, which the workflow checks first.
 */
@Component
class CarriedVerdictsToConfirm implements UnconfirmedVerdicts {

    private final VersionRepository versions;
    private final ReviewCarrier reviews;
    private final ArticleSentences sentences;

    CarriedVerdictsToConfirm(VersionRepository versions, ReviewCarrier reviews, ArticleSentences sentences) {
        this.versions = versions;
        this.reviews = reviews;
        this.sentences = sentences;
    }

    @Override
    public List<ReviewCompleteness.SentenceRef> unconfirmed(ArticleId articleId) {
        List<Long> toConfirm = versions.carried(articleId).values().stream().filter(CarriedSentence::toConfirm)
                .map(CarriedSentence::sentenceId).toList();
        if (toConfirm.isEmpty()) {
            return List.of();
        }
        Instant carriedAt = versions.find(articleId).map(ArticleVersion::createdAt).orElse(Instant.MAX);
        Map<Long, SentenceVerdict> verdicts = reviews.previousVerdicts(articleId);
        List<Long> waiting = toConfirm.stream().filter(id -> {
            SentenceVerdict verdict = verdicts.get(id);
            return verdict != null && verdict.verdict() != null && !verdict.setAt().isAfter(carriedAt);
        }).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> ordinals = sentences.ordinals(articleId, waiting);
        return waiting.stream().map(id -> new ReviewCompleteness.SentenceRef(id, ordinals.get(id)))
                .sorted(Comparator.comparingInt(ReviewCompleteness.SentenceRef::ordinal)).toList();
    }
}
