package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.ReviewCompleteness;
import org.factdesk.review.ReviewSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the workflow how complete reviews are; "reviewed" means a verdict that is not cleared. Unless the team
 * requires verdicts on headings ({@link ReviewSettings}), a heading without a verdict is not waiting for one: it
 * neither blocks submitting nor counts in the progress.
 */
@Repository
class JdbcReviewCompleteness implements ReviewCompleteness {

    private final JdbcClient jdbc;
    private final ArticleSentences sentences;
    private final ReviewSettings settings;

    JdbcReviewCompleteness(JdbcClient jdbc, ArticleSentences sentences, ReviewSettings settings) {
        this.jdbc = jdbc;
        this.sentences = sentences;
        this.settings = settings;
    }

    @Override
    public int unreviewed(ArticleId articleId) {
        List<ArticleId> one = List.of(articleId);
        return sentences.sentenceCount(articleId) - reviewedCounts(one).getOrDefault(articleId, 0)
                - uncountedSentences(one).getOrDefault(articleId, 0);
    }

    @Override
    public Optional<SentenceRef> firstUnreviewedSentence(ArticleId articleId) {
        Set<Long> reviewed = reviewedSentences(articleId);
        Set<Long> optional = optionalSentences(List.of(articleId)).getOrDefault(articleId, Set.of());
        return sentences.ordinals(articleId).entrySet().stream()
                .filter(sentence -> !reviewed.contains(sentence.getKey()) && !optional.contains(sentence.getKey()))
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
    public Map<ArticleId, Integer> uncountedSentences(Collection<ArticleId> articleIds) {
        Map<ArticleId, Integer> uncounted = new HashMap<>();
        Map<ArticleId, Set<Long>> optional = optionalSentences(articleIds);
        if (optional.isEmpty()) {
            return uncounted;
        }
        Set<Long> reviewed = new HashSet<>(jdbc.sql("""
                        select sentence_id from verdict
                        where article_id in (:articles) and sentence_id in (:ids) and verdict is not null""")
                .param("articles", optional.keySet().stream().map(ArticleId::value).toList())
                .param("ids", optional.values().stream().flatMap(Set::stream).toList())
                .query(Long.class).list());
        optional.forEach((article, ids) -> {
            int withoutVerdict = (int) ids.stream().filter(id -> !reviewed.contains(id)).count();
            if (withoutVerdict > 0) {
                uncounted.put(article, withoutVerdict);
            }
        });
        return uncounted;
    }

    /** Sentences that need no verdict, per article: the headings' sentences, unless the team requires them. */
    private Map<ArticleId, Set<Long>> optionalSentences(Collection<ArticleId> articleIds) {
        if (settings.requireHeadingVerdicts() || articleIds.isEmpty()) {
            return Map.of();
        }
        return sentences.headingSentenceIds(articleIds);
    }

    private Set<Long> reviewedSentences(ArticleId articleId) {
        return new HashSet<>(jdbc.sql("select sentence_id from verdict where article_id = ? and verdict is not null")
                .param(articleId.value()).query(Long.class).list());
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
