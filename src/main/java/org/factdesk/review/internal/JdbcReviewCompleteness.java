package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ReviewCompleteness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Tells the workflow how complete reviews are; "reviewed" means a verdict that is not cleared. */
@Repository
class JdbcReviewCompleteness implements ReviewCompleteness {

    private final JdbcClient jdbc;

    JdbcReviewCompleteness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int unreviewed(ArticleId articleId) {
        return jdbc.sql("""
                        select count(*) from sentence s left join verdict v on v.sentence_id = s.id
                        where s.article_id = ? and v.verdict is null""")
                .param(articleId.value()).query(Integer.class).single();
    }

    @Override
    public Optional<SentenceRef> firstUnreviewedSentence(ArticleId articleId) {
        return jdbc.sql("""
                        select s.id, s.ordinal from sentence s left join verdict v on v.sentence_id = s.id
                        where s.article_id = ? and v.verdict is null
                        order by s.ordinal fetch first 1 rows only""")
                .param(articleId.value())
                .query((rs, row) -> new SentenceRef(rs.getLong(1), rs.getInt(2)))
                .optional();
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
}
