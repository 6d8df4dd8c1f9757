package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.ReviewCompleteness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tells the workflow how complete reviews are; "reviewed" means a verdict that is not cleared. */
@Repository
class JdbcReviewCompleteness implements ReviewCompleteness {

    private final JdbcClient jdbc;
    private final ArticleSentences sentences;

    JdbcReviewCompleteness(JdbcClient jdbc, ArticleSentences sentences) {
        this.jdbc = jdbc;
        this.sentences = sentences;
    }

    @Override
    public int unreviewed(ArticleId articleId) {
        return sentences.sentenceCount(articleId) - reviewedCounts(List.of(articleId)).getOrDefault(articleId, 0);
    }

    @Override
    public Optional<SentenceRef> firstUnreviewedSentence(ArticleId articleId) {
        Set<Long> reviewed = new HashSet<>(jdbc.sql(
                        "select sentence_id from verdict where article_id = ? and verdict is not null")
                .param(articleId.value()).query(Long.class).list());
        return sentences.ordinals(articleId).entrySet().stream()
                .filter(sentence -> !reviewed.contains(sentence.getKey()))
                .findFirst()
                .map(sentence -> new SentenceRef(sentence.getKey(), sentence.getValue()));
    }

    @Override
    public Map<ArticleId, Integer> reviewedCounts(Collection<ArticleId> articleIds) {
        Map<ArticleId, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select article_id, count(*) from verdict
                        where article_id in (:ids) and verdict is not null group by article_id""")
                .param("ids", articleIds.stream().map(ArticleId::value).toList())
                .query(rs -> {
                    counts.put(new ArticleId(rs.getLong(1)), rs.getInt(2));
                });
        return counts;
    }

    @Override
    public Map<ArticleId, VerdictTally> verdictTallies(Collection<ArticleId> articleIds) {
        Map<ArticleId, VerdictTally> tallies = new HashMap<>();
        if (articleIds.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                        select article_id,
                               sum(case when verdict = 'VERIFIED' then 1 else 0 end),
                               sum(case when verdict = 'DISPUTED' then 1 else 0 end)
                        from verdict where article_id in (:ids) and verdict in ('VERIFIED', 'DISPUTED')
                        group by article_id""")
                .param("ids", articleIds.stream().map(ArticleId::value).toList())
                .query(rs -> {
                    tallies.put(new ArticleId(rs.getLong(1)), new VerdictTally(rs.getInt(2), rs.getInt(3)));
                });
        return tallies;
    }
}
