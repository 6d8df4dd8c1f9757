package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.DocumentVersions;
import org.factdesk.article.SentenceId;
import org.factdesk.assist.internal.FigureFacts.Fact;
import org.factdesk.assist.internal.FigureIndexRepository.StoredFact;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.RelatedSentenceSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a sentence with a figure, the sentences of other articles about the same subject and measure whose
 * figure differs ({@link FigurePairs}), found through the figure index: one look-up for all figures of the
 * sentence by the pairs of their names, kind, unit and measure, newest first and limited, never a scan. Role checks happen in
 * {@code ReviewService.related}, the only caller.
 */
@Component
class DifferingFigures implements RelatedSentenceSource {

    /**
     * Differing candidates read per figure (newest first; the index query already keeps only other values):
     * a subject with more stored figures shows the newest.
     */
    static final int CANDIDATES_PER_FIGURE = 10;
    /** Related sentences shown per sentence. */
    static final int MAX_RESULTS = 10;

    private final FigureIndexRepository index;
    private final LookUpIndexing indexing;

    /** The article's other versions are not "other articles" (ADR 0029). */
    private DocumentVersions versions = DocumentVersions.NONE;

    DifferingFigures(FigureIndexRepository index, LookUpIndexing indexing) {
        this.index = index;
        this.indexing = indexing;
    }

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void useVersions(DocumentVersions documentVersions) {
        versions = documentVersions;
    }

    @Override
    public List<RelatedSentence> relatedTo(ArticleId articleId, SentenceId sentenceId) {
        indexing.awaitQueued(LookUpIndexing.LOOK_UP_WAIT); // what this node imported a moment ago is found too
        List<Fact> mine = index.factsOf(articleId.value(), sentenceId.value());
        if (mine.isEmpty()) {
            return List.of();
        }
        // Figures alike ask once ("8 % … 20 %" of one measure and subject); all questions in one look-up.
        Map<String, Fact> questions = new LinkedHashMap<>();
        mine.forEach(fact -> questions.putIfAbsent(question(fact), fact));
        Map<String, List<StoredFact>> answers = index.candidates(questions,
                versions.allVersionsOf(articleId).stream().map(ArticleId::value).toList(), CANDIDATES_PER_FIGURE);
        Map<Long, Match> matches = new LinkedHashMap<>();
        for (Fact fact : mine) {
            List<StoredFact> candidates = answers.get(question(fact));
            Map<Long, List<Fact>> bySentence = new LinkedHashMap<>();
            candidates.forEach(c -> bySentence.computeIfAbsent(c.sentenceId(), id -> new ArrayList<>()).add(c.fact()));
            for (StoredFact candidate : candidates) {
                if (FigurePairs.differ(fact, mine, candidate.fact(), bySentence.get(candidate.sentenceId()))) {
                    matches.computeIfAbsent(candidate.sentenceId(), id -> new Match(candidate))
                            .add(fact, candidate.fact());
                }
            }
        }
        return matches.values().stream()
                .map(Match::toRelated)
                .sorted(Comparator.comparingDouble(RelatedSentence::similarity).reversed()
                        .thenComparing(r -> -r.articleId().value()))
                .limit(MAX_RESULTS)
                .toList();
    }

    /** What the index is asked for a figure: its names, kind, unit, measure and interval. */
    private static String question(Fact fact) {
        return fact.entities() + "|" + fact.kind() + "|" + fact.unit() + "|" + fact.measure() + "|"
                + fact.figure().low() + "|" + fact.figure().high();
    }

    /** One sentence of another article with the figure pairs that differ. */
    private static final class Match {
        private final StoredFact sentence;
        private final Set<String> reasons = new LinkedHashSet<>();
        private final Set<String> details = new LinkedHashSet<>();
        private double similarity;

        Match(StoredFact sentence) {
            this.sentence = sentence;
        }

        void add(Fact mine, Fact theirs) {
            reasons.add(FigurePairs.reason(mine));
            details.add(mine.figure().surface() + " ↔ " + theirs.figure().surface());
            similarity = Math.max(similarity, jaccard(mine.entities(), theirs.entities()));
        }

        RelatedSentence toRelated() {
            return new RelatedSentence(RelatedSentence.Relation.FIGURE_DIFFERS, new ArticleId(sentence.articleId()),
                    sentence.articleTitle(), sentence.sentenceId(), sentence.ordinal(), sentence.text(),
                    Math.round(similarity * 100) / 100.0, List.copyOf(reasons), List.copyOf(details));
        }
    }

    /** How much the two figures' subjects overlap: shared names over all names. */
    static double jaccard(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
