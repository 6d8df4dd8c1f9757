package org.factdesk.review.internal;

import org.factdesk.review.SentenceVerdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copies verdict rows and their evidence from old sentences to new ones, and writes the carrying history row. */
@Repository
public class CarriedReviewRepository {

    /** One copy: the old sentence, the new one, the history origin to record. */
    public record Carry(long fromSentenceId, long toSentenceId, String origin) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final VerdictRepository verdicts;

    CarriedReviewRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, VerdictRepository verdicts) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.verdicts = verdicts;
    }

    /** Those of the sentences that have a verdict (not cleared). */
    public Set<Long> reviewed(Collection<Long> sentenceIds) {
        if (sentenceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select sentence_id from verdict where sentence_id in (:ids) and verdict is not null")
                .param("ids", sentenceIds).query(Long.class).list());
    }

    public Map<Long, SentenceVerdict> verdicts(Collection<Long> sentenceIds) {
        return verdicts.findBySentences(sentenceIds);
    }

    /**
     * The new sentence's verdict row is the old one's at the next version (so its history's versions run on
     * from the old sentence's), set by whoever set it then; the history row is the carrying, by {@code userId}.
     */
    public void copy(long toArticleId, List<Carry> carries, long userId, Instant at) {
        if (carries.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        insert into verdict (sentence_id, article_id, verdict, note, version, set_by, set_at,
                                             adopted_from, adopted_version)
                        select ?, ?, verdict, note, version + 1, set_by, set_at, adopted_from, adopted_version
                        from verdict where sentence_id = ?""",
                carries.stream().map(c -> new Object[]{c.toSentenceId(), toArticleId, c.fromSentenceId()}).toList());
        jdbcTemplate.batchUpdate("""
                        insert into evidence (sentence_id, position, url, quote, accessed_on, added_by, added_at)
                        select ?, position, url, quote, accessed_on, added_by, added_at
                        from evidence where sentence_id = ?""",
                carries.stream().map(c -> new Object[]{c.toSentenceId(), c.fromSentenceId()}).toList());
        jdbcTemplate.batchUpdate("""
                        insert into verdict_history (sentence_id, article_id, version, from_verdict, to_verdict,
                                                     from_note, to_note, evidence_summary, changed_by, changed_at,
                                                     origin)
                        select ?, ?, version, verdict, verdict, note, note, null, ?, ?, ?
                        from verdict where sentence_id = ?""",
                carries.stream().map(c -> new Object[]{c.toSentenceId(), toArticleId, userId, Timestamp.from(at),
                        c.origin(), c.toSentenceId()}).toList());
    }
}
