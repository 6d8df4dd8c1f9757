package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.ReviewCompleteness;
import org.factdesk.common.EnumCounts;
import org.factdesk.review.ReviewProgress;
import org.factdesk.review.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Review progress of one article: the verdicts counted by the database in one aggregate query, the
 * sentences counted by the article feature that owns them.
 */
@Repository
public class JdbcReviewProgressQuery {

    private final JdbcClient jdbc;
    private final ArticleSentences sentences;
    private final ReviewCompleteness completeness;

    JdbcReviewProgressQuery(JdbcClient jdbc, ArticleSentences sentences, ReviewCompleteness completeness) {
        this.jdbc = jdbc;
        this.sentences = sentences;
        this.completeness = completeness;
    }

    /** Headings without a verdict are left out of the count unless the team requires verdicts on them. */
    public ReviewProgress progress(ArticleId articleId) {
        Map<Verdict, Integer> counts = countByVerdict(articleId);
        int reviewed = counts.values().stream().mapToInt(Integer::intValue).sum();
        int uncounted = completeness.uncountedSentences(List.of(articleId)).getOrDefault(articleId, 0);
        return new ReviewProgress(sentences.sentenceCount(articleId) - uncounted, reviewed, counts, uncounted);
    }

    /** Sentences per verdict; a cleared verdict counts as none. */
    private Map<Verdict, Integer> countByVerdict(ArticleId articleId) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        EnumCounts.of(Verdict.class, jdbc.sql("""
                        select verdict, count(*) from verdict where article_id = ? and verdict is not null
                        group by verdict""").param(articleId.value()))
                .forEach((verdict, count) -> counts.put(verdict, count.intValue()));
        return counts;
    }
}
