package org.factdesk.review.internal;

import org.factdesk.assignment.AssignmentSql;
import org.factdesk.common.EnumCounts;
import org.factdesk.review.ReviewStatistics;
import org.factdesk.review.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

@Repository
class JdbcReviewStatistics implements ReviewStatistics {

    private final JdbcClient jdbc;

    JdbcReviewStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> sentencesChangedSince(Instant since) {
        Map<Long, Long> changed = new HashMap<>();
        jdbc.sql("""
                        select changed_by, count(distinct sentence_id) from verdict_history
                        where changed_at >= ? group by changed_by""")
                .param(Timestamp.from(since))
                .query(rs -> {
                    changed.put(rs.getLong(1), rs.getLong(2));
                });
        return changed;
    }

    @Override
    public Map<Verdict, Long> verdictCounts() {
        return EnumCounts.of(Verdict.class,
                // Current versions only: a new version carries its verdict rows, the superseded one keeps its own (ADR 0029).
                jdbc.sql("select verdict, count(*) from verdict where verdict is not null and "
                        + AssignmentSql.notSuperseded("verdict.article_id") + " group by verdict"));
    }

    @Override
    public Map<java.time.LocalDate, Long> sentencesReviewedPerDay(Instant since, java.time.ZoneId zone) {
        // Days are the user's, not the database's: bucket in Java over the (indexed-by-time) rows of the period.
        Map<java.time.LocalDate, java.util.Set<Long>> sentences = new java.util.TreeMap<>();
        jdbc.sql("""
                        select sentence_id, changed_at from verdict_history
                        where changed_at >= ? and to_verdict is not null""")
                .param(Timestamp.from(since))
                .query(rs -> {
                    java.time.LocalDate day = rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate();
                    sentences.computeIfAbsent(day, d -> new java.util.HashSet<>()).add(rs.getLong(1));
                });
        Map<java.time.LocalDate, Long> perDay = new java.util.TreeMap<>();
        sentences.forEach((day, ids) -> perDay.put(day, (long) ids.size()));
        return perDay;
    }
}
