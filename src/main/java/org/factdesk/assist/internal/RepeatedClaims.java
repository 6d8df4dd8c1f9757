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

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same claim in other articles (ADR 0020): candidates from the MinHash keys of {@link ClaimIndex}, each
 * verified: the same normalised text ({@code text_hash}), or nearly the same — equal figures, cosine of
 * word counts ≥ 0.9. Reviewed matches come first (their
 * review is what the reader offers to adopt); at most {@link #SHOWN} are returned. Called by
 * {@link ReviewService#related}, which checked the caller's role.
 * <p>
 * Bounded whatever the archive holds: exact copies come from the hash index (the reviewed ones and the
 * newest few), near ones from the newest {@link #WINDOW} rows of each band key; at most {@link #CANDIDATES}
 * of those are read and verified. When no key has more rows than its window (every sentence but
 * boilerplate repeated in hundreds of articles) the result is the one all index candidates would give.
 */
@Component
class RepeatedClaims implements RelatedSentenceSource {

    /** How many matches a sentence shows: a claim an agency spread to hundreds of articles is not a list to read. */
    static final int SHOWN = 10;
    /** How many index candidates are verified at most per look-up. */
    static final int CANDIDATES = 200;
    /** How many rows of each band key are read at most, the newest first. */
    static final int WINDOW = 200;

    private final ArticleSentences sentences;
    private final ClaimKeyRepository keys;
    private final ReviewService reviews;
    private final LookUpIndexing indexing;

    /** The article's other versions are not "other articles" (ADR 0029). */
    private DocumentVersions versions = DocumentVersions.NONE;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void useVersions(DocumentVersions documentVersions) {
        versions = documentVersions;
    }

    RepeatedClaims(ArticleSentences sentences, ClaimKeyRepository keys, @Lazy ReviewService reviews,
                   LookUpIndexing indexing) {
        this.sentences = sentences;
        this.indexing = indexing;
        this.keys = keys;
        this.reviews = reviews;
    }

    @Override
    public List<RelatedSentence> relatedTo(ArticleId articleId, SentenceId sentenceId) {
        indexing.awaitQueued(LookUpIndexing.LOOK_UP_WAIT); // what this node imported a moment ago is found too
        SentenceRef self = sentences.sentences(List.of(sentenceId.value())).get(sentenceId.value());
        if (self == null || !self.articleId().equals(articleId)) {
            return List.of();
        }
        ClaimText.Analysis claim = ClaimText.analyse(self.text());
        if (!claim.longEnough()) {
            return List.of();
        }
        Set<Long> ownVersions = new LinkedHashSet<>(List.of(articleId.value()));
        versions.allVersionsOf(articleId).forEach(version -> ownVersions.add(version.value()));
        // Exact copies through the hash index: every reviewed one that can be shown (reviewed matches come
        // first), then the newest, as many as can follow them in the list.
        Set<Long> candidates = new LinkedHashSet<>(reviews.reviewedWithText(self.textHash(), articleId, SHOWN));
        candidates.addAll(sentences.sameText(self.textHash(), articleId, SHOWN + candidates.size()));
        Set<Long> exact = Set.copyOf(candidates);
        // Near copies (and the same words in other quotes or case) through the band keys' windows.
        keys.windows(ClaimKeys.of(claim), ownVersions, WINDOW).sharedKeys().keySet().stream()
                .filter(id -> !exact.contains(id)).limit(CANDIDATES).forEach(candidates::add);
        return ranked(self, claim, candidates, ownVersions);
    }

    /**
     * The candidates that are the same or nearly the same claim as {@code self}, in the order shown:
     * reviewed first, the same before the nearly same, the most alike, the newest; at most {@link #SHOWN}.
     */
    List<RelatedSentence> ranked(SentenceRef self, ClaimText.Analysis claim, Collection<Long> candidates,
                                 Set<Long> ownVersions) {
        record Match(SentenceRef ref, RelatedSentence.Relation relation, double similarity) {
        }
        Map<Long, Match> matches = new LinkedHashMap<>();
        for (SentenceRef candidate : sentences.sentences(candidates).values()) {
            if (ownVersions.contains(candidate.articleId().value())) {
                continue; // the article itself and its other versions are not other articles
            }
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
        // Newest = the highest sentence id, the order the hash and key indexes are read in.
        Comparator<Match> order = Comparator
                .comparing((Match m) -> reviewed(verdicts.get(m.ref().sentenceId())) ? 0 : 1)
                .thenComparing(Match::relation)
                .thenComparing(Match::similarity, Comparator.reverseOrder())
                .thenComparing(m -> m.ref().sentenceId(), Comparator.reverseOrder());
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
