package org.factdesk.review.internal;

import org.factdesk.review.ReviewProgress;
import org.factdesk.review.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.Map;

/** Review progress of one article, counted by the database in one aggregate query. */
@Repository
public class JdbcReviewProgressQuery {

    private final JdbcClient jdbc;

    JdbcReviewProgressQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewProgress progress(long articleId) {
        return jdbc.sql("""
                        select count(s.id) as total, count(v.verdict) as reviewed,
                               sum(case when v.verdict = 'VERIFIED' then 1 else 0 end) as verified,
                               sum(case when v.verdict = 'DISPUTED' then 1 else 0 end) as disputed,
                               sum(case when v.verdict = 'PROMOTIONAL' then 1 else 0 end) as promotional,
                               sum(case when v.verdict = 'NO_CLAIM' then 1 else 0 end) as no_claim
                        from sentence s left join verdict v on v.sentence_id = s.id
                        where s.article_id = ?""")
                .param(articleId)
                .query((rs, row) -> {
                    // sum() over no rows is null; getInt reads it as 0.
                    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
                    counts.put(Verdict.VERIFIED, rs.getInt("verified"));
                    counts.put(Verdict.DISPUTED, rs.getInt("disputed"));
                    counts.put(Verdict.PROMOTIONAL, rs.getInt("promotional"));
                    counts.put(Verdict.NO_CLAIM, rs.getInt("no_claim"));
                    return new ReviewProgress(rs.getInt("total"), rs.getInt("reviewed"), counts);
                })
                .single();
    }
}
