package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.DocumentVersions;
import org.factdesk.article.ArticleSentences;
import org.factdesk.article.SentenceId;
import org.factdesk.article.SentenceRef;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.RelatedSentenceSource;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same claim in other articles (ADR 0020): candidates from the MinHash keys of {@link ClaimIndex}, each
 * verified: the same normalised text ({@code text_hash}), or nearly the same — equal figures, cosine of
 * word counts ≥ 0.9. Reviewed matches come first (their
 * review is what the reader offers to adopt); at most {@link #SHOWN} are returned. Called by
 * {@link ReviewService#related}, which checked the caller's role.
 */
@Component
class RepeatedClaims implements RelatedSentenceSource {

    /** How many matches a sentence shows: a claim an agency spread to hundreds of articles is not a list to read. */
    static final int SHOWN = 10;
    /** How many index candidates are verified at most per look-up. */
    private static final int CANDIDATES = 200;

    private final ArticleSentences sentences;
    private final ClaimKeyRepository keys;
    private final ReviewService reviews;

    /** The article's other versions are not "other articles" (ADR 0029). */
    private DocumentVersions versions = DocumentVersions.NONE;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void useVersions(DocumentVersions documentVersions) {
        versions = documentVersions;
    }

    RepeatedClaims(ArticleSentences sentences, ClaimKeyRepository keys, @Lazy ReviewService reviews) {
        this.sentences = sentences;
        this.keys = keys;
        this.reviews = reviews;
    }

    @Override
    public List<RelatedSentence> relatedTo(ArticleId articleId, SentenceId sentenceId) {
        SentenceRef self = sentences.sentences(List.of(sentenceId.value())).get(sentenceId.value());
        if (self == null || !self.articleId().equals(articleId)) {
            return List.of();
        }
        ClaimText.Analysis claim = ClaimText.analyse(self.text());
        if (!claim.longEnough()) {
            return List.of();
        }
        record Match(SentenceRef ref, RelatedSentence.Relation relation, double similarity) {
        }
        // The same text shares all band keys, so the index finds it first among the candidates; its
        // text_hash tells it from a near one. Sentences of the sentence's own article are skipped in the index.
        Map<Long, Match> matches = new LinkedHashMap<>();
        List<Long> candidates = keys.candidates(ClaimKeys.of(claim),
                versions.allVersionsOf(articleId).stream().map(ArticleId::value).toList(), CANDIDATES);
        for (SentenceRef candidate : sentences.sentences(candidates).values()) {
            if (candidate.textHash().equals(self.textHash())) {
                matches.put(candidate.sentenceId(), new Match(candidate, RelatedSentence.Relation.SAME_CLAIM, 1.0));
                continue;
            }
            ClaimText.Analysis other = ClaimText.analyse(candidate.text());
            if (!other.figures().equals(claim.figures())) {
                continue;
            }
            double similarity = ClaimText.cosine(claim, other);
            if (claim.words().equals(other.words())) { // the same words, other quotes, case or punctuation
                matches.put(candidate.sentenceId(), new Match(candidate, RelatedSentence.Relation.SAME_CLAIM, 1.0));
            } else if (similarity >= ClaimText.NEAR_THRESHOLD) {
                matches.put(candidate.sentenceId(), new Match(candidate, RelatedSentence.Relation.NEAR_CLAIM,
                        similarity));
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, SentenceVerdict> verdicts = reviews.verdictsOfSentences(matches.keySet());
        Comparator<Match> order = Comparator
                .comparing((Match m) -> reviewed(verdicts.get(m.ref().sentenceId())) ? 0 : 1)
                .thenComparing(Match::relation)
                .thenComparing(Match::similarity, Comparator.reverseOrder())
                .thenComparing(m -> m.ref().articleId().value(), Comparator.reverseOrder());
        return matches.values().stream().sorted(order).limit(SHOWN)
                .map(m -> new RelatedSentence(m.relation(), m.ref().articleId(), m.ref().articleTitle(),
                        m.ref().sentenceId(), m.ref().ordinal(), m.ref().text(), m.similarity(),
                        List.of(m.relation() == RelatedSentence.Relation.SAME_CLAIM ? "same-text" : "same-figures"),
                        List.of()))
                .toList();
    }

    private static boolean reviewed(SentenceVerdict verdict) {
        return verdict != null && verdict.verdict() != null;
    }
}
