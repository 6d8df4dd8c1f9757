package org.factdesk.review.internal;

import org.factdesk.review.SentenceVerdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Copies verdict rows and their evidence from old sentences to new ones, and writes the carrying history row. */
@Repository
public class CarriedReviewRepository {

    /** One copy: the old sentence, the new one, the history origin to record. */
    public record Carry(long fromSentenceId, long toSentenceId, String origin) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final VerdictRepository verdicts;
    private final VerdictHistoryRepository histories;

    CarriedReviewRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, VerdictRepository verdicts,
                            VerdictHistoryRepository histories) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.verdicts = verdicts;
        this.histories = histories;
    }

    /** One old verdict row as stored, to copy. */
    private record Row(String verdict, String note, int version, long setBy, Timestamp setAt, Long adoptedFrom,
                       Integer adoptedVersion) {
    }

    /**
     * The new sentence's verdict row is the old one's at the next version (so its history's versions run on
     * from the old sentence's), set by whoever set it then; the history row is the carrying, by {@code userId}.
     * The old article's rows are read once and written as batches (a 5,000-sentence article in one pass).
     */
    public void copy(long fromArticleId, long toArticleId, List<Carry> carries, long userId, Instant at) {
        if (carries.isEmpty()) {
            return;
        }
        Map<Long, Row> rows = new java.util.HashMap<>();
        jdbc.sql("""
                        select sentence_id, verdict, note, version, set_by, set_at, adopted_from, adopted_version
                        from verdict where article_id = ? and verdict is not null""")
                .param(fromArticleId)
                .query(rs -> {
                    long adopted = rs.getLong(7);
                    Long adoptedFrom = rs.wasNull() ? null : adopted;
                    int adoptedVersionValue = rs.getInt(8);
                    Integer adoptedVersion = rs.wasNull() ? null : adoptedVersionValue;
                    rows.put(rs.getLong(1), new Row(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                            rs.getTimestamp(6), adoptedFrom, adoptedVersion));
                });
        Map<Long, List<Object[]>> evidence = new java.util.HashMap<>();
        jdbc.sql("""
                        select e.sentence_id, e.position, e.url, e.quote, e.accessed_on, e.added_by, e.added_at
                        from evidence e join verdict v on v.sentence_id = e.sentence_id
                        where v.article_id = ? order by e.sentence_id, e.position""")
                .param(fromArticleId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(new Object[]{
                            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getDate(5), rs.getLong(6),
                            rs.getTimestamp(7)});
                });
        List<Object[]> verdictRows = new java.util.ArrayList<>();
        List<Object[]> evidenceRows = new java.util.ArrayList<>();
        List<Object[]> historyRows = new java.util.ArrayList<>();
        Timestamp now = Timestamp.from(at);
        for (Carry carry : carries) {
            Row row = rows.get(carry.fromSentenceId());
            if (row == null) {
                continue;
            }
            verdictRows.add(new Object[]{carry.toSentenceId(), toArticleId, row.verdict(), row.note(), row.version() + 1,
                    row.setBy(), row.setAt(), row.adoptedFrom(), row.adoptedVersion()});
            for (Object[] item : evidence.getOrDefault(carry.fromSentenceId(), List.of())) {
                evidenceRows.add(new Object[]{carry.toSentenceId(), item[0], item[1], item[2], item[3], item[4], item[5]});
            }
            // The full evidence after the carrying, so undo and "restore this version" know it (ADR 0027).
            List<org.factdesk.review.EvidenceItem> items = evidence.getOrDefault(carry.fromSentenceId(), List.of())
                    .stream().map(item -> new org.factdesk.review.EvidenceItem((String) item[1], (String) item[2],
                            ((java.sql.Date) item[3]).toLocalDate())).toList();
            historyRows.add(new Object[]{carry.toSentenceId(), toArticleId, row.version() + 1, row.verdict(),
                    row.verdict(), row.note(), row.note(), userId, now, carry.origin(), EvidenceSnapshots.write(items)});
        }
        jdbcTemplate.batchUpdate("""
                insert into verdict (sentence_id, article_id, verdict, note, version, set_by, set_at, adopted_from,
                                     adopted_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", verdictRows);
        if (!evidenceRows.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into evidence (sentence_id, position, url, quote, accessed_on, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", evidenceRows);
        }
        jdbcTemplate.batchUpdate("""
                insert into verdict_history (sentence_id, article_id, version, from_verdict, to_verdict, from_note,
                                             to_note, evidence_summary, changed_by, changed_at, origin,
                                             evidence_snapshot)
                values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?)""", historyRows);
    }

    /**
     * Records the confirmation of carried verdicts (ADR 0029): each sentence's verdict row goes one version up,
     * verdict, note, evidence and who set them unchanged, and the history gets the row that says who confirmed
     * it when ({@code origin}), with the full evidence as it stands (undo and restore read it). Sentences without
     * a verdict row have nothing to confirm here. Returns the sentences whose row was confirmed.
     */
    public List<Long> confirm(long articleId, java.util.Collection<Long> sentenceIds, String origin, long userId,
                              Instant at) {
        if (sentenceIds.isEmpty()) {
            return List.of();
        }
        Map<Long, SentenceVerdict> current = verdicts.findBySentences(sentenceIds);
        List<Object[]> bumps = new java.util.ArrayList<>();
        List<HistoryRow> history = new java.util.ArrayList<>();
        for (long sentenceId : sentenceIds) {
            SentenceVerdict verdict = current.get(sentenceId);
            if (verdict == null) {
                continue;
            }
            bumps.add(new Object[]{sentenceId, verdict.version()});
            history.add(new HistoryRow(sentenceId, articleId, verdict.version() + 1, verdict.verdict(),
                    verdict.verdict(), verdict.note(), verdict.note(), null, origin,
                    EvidenceSnapshots.write(verdict.evidence())));
        }
        int[] updated = jdbcTemplate.batchUpdate(
                "update verdict set version = version + 1 where sentence_id = ? and version = ?", bumps);
        for (int count : updated) {
            if (count != 1) { // the caller holds the article's sentence lock: nobody may change them meanwhile
                throw new org.springframework.dao.OptimisticLockingFailureException(
                        "A verdict changed while its carried review was being confirmed.");
            }
        }
        histories.append(history, userId, at);
        return history.stream().map(HistoryRow::sentenceId).toList();
    }

    /** The verdict rows of these sentences (those with one), by sentence id. */
    public Map<Long, SentenceVerdict> verdictsOfSentences(java.util.Collection<Long> sentenceIds) {
        return verdicts.findBySentences(sentenceIds);
    }

    /** The verdict rows of the article (cleared ones included), by sentence id. */
    public Map<Long, SentenceVerdict> verdictsOf(long articleId) {
        return verdicts.findByArticle(articleId);
    }
}
