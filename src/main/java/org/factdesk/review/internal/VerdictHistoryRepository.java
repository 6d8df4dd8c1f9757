package org.factdesk.review.internal;

import org.factdesk.review.HistoryEntry;
import org.factdesk.review.HistoryOrigin;
import org.factdesk.review.Verdict;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The append-only verdict history: this class only ever inserts and reads it. */
@Repository
public class VerdictHistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    VerdictHistoryRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public void append(List<HistoryRow> rows, long userId, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        insert into verdict_history (sentence_id, article_id, version, from_verdict, to_verdict,
                                                     from_note, to_note, evidence_summary, changed_by, changed_at,
                                                     origin, evidence_snapshot)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[]{r.sentenceId(), r.articleId(), r.version(), name(r.from()),
                        name(r.to()), r.fromNote(), r.toNote(), r.evidenceSummary(), userId, Timestamp.from(at),
                        r.origin(), r.evidenceSnapshot()})
                        .toList());
    }

    /**
     * The sentence's changes, newest first; a review carried from the article's previous version goes on
     * with that sentence's changes (ADR 0029).
     */
    public List<HistoryEntry> findBySentence(long sentenceId) {
        Map<Long, List<HistoryEntry>> one = new HashMap<>();
        one.put(sentenceId, ownBySentence(sentenceId));
        return withCarriedHistory(one).get(sentenceId);
    }

    private List<HistoryEntry> ownBySentence(long sentenceId) {
        return new ArrayList<>(jdbc.sql("""
                        select h.version, h.from_verdict, h.to_verdict, h.from_note, h.to_note, h.evidence_summary, h.origin,
                               u.username, u.display_name, h.changed_at
                        from verdict_history h %s
                        where h.sentence_id = ? order by h.id desc""".formatted(UserSql.join("u", "h.changed_by")))
                .param(sentenceId)
                .query(VerdictHistoryRepository::entry)
                .list());
    }

    /** The changes of every sentence of the article, by sentence id, each list newest first. */
    public Map<Long, List<HistoryEntry>> findByArticle(long articleId) {
        Map<Long, List<HistoryEntry>> bySentence = new HashMap<>();
        jdbc.sql("""
                        select h.sentence_id, h.version, h.from_verdict, h.to_verdict, h.from_note, h.to_note,
                               h.evidence_summary, h.origin, u.username, u.display_name, h.changed_at
                        from verdict_history h %s
                        where h.article_id = ? order by h.id desc""".formatted(UserSql.join("u", "h.changed_by")))
                .param(articleId)
                .query(rs -> {
                    bySentence.computeIfAbsent(rs.getLong("sentence_id"), id -> new ArrayList<>())
                            .add(entry(rs, 0));
                });
        return withCarriedHistory(bySentence);
    }

    /** Most versions a carried history is followed back through (each import of a new version adds one). */
    private static final int MAX_CARRIED_VERSIONS = 100;

    /**
     * Appends to each list whose oldest entry carried the review from an older sentence that sentence's
     * changes (and so on back), so a carried sentence shows the history it kept.
     */
    private Map<Long, List<HistoryEntry>> withCarriedHistory(Map<Long, List<HistoryEntry>> bySentence) {
        Map<Long, List<List<HistoryEntry>>> pending = new HashMap<>(); // source sentence -> lists waiting for it
        bySentence.values().forEach(list -> carriedFrom(list).ifPresent(from ->
                pending.computeIfAbsent(from, id -> new ArrayList<>()).add(list)));
        for (int depth = 0; depth < MAX_CARRIED_VERSIONS && !pending.isEmpty(); depth++) {
            Map<Long, List<HistoryEntry>> sources = new HashMap<>();
            jdbc.sql("""
                            select h.sentence_id, h.version, h.from_verdict, h.to_verdict, h.from_note, h.to_note,
                                   h.evidence_summary, h.origin, u.username, u.display_name, h.changed_at
                            from verdict_history h %s
                            where h.sentence_id in (:ids) order by h.id desc""".formatted(UserSql.join("u", "h.changed_by")))
                    .param("ids", pending.keySet())
                    .query(rs -> {
                        sources.computeIfAbsent(rs.getLong("sentence_id"), id -> new ArrayList<>()).add(entry(rs, 0));
                    });
            Map<Long, List<List<HistoryEntry>>> next = new HashMap<>();
            pending.forEach((from, lists) -> {
                List<HistoryEntry> source = sources.getOrDefault(from, List.of());
                lists.forEach(list -> list.addAll(source));
                carriedFrom(source).ifPresent(older -> next.computeIfAbsent(older, id -> new ArrayList<>()).addAll(lists));
            });
            pending.clear();
            pending.putAll(next);
        }
        return bySentence;
    }

    /**
     * Every stored change of the sentence, newest first, with who made it and the full evidence after it:
     * what undo and "restore this version" go back to.
     */
    public List<StoredChange> changesOf(long sentenceId) {
        return jdbc.sql("""
                        select version, from_verdict, to_verdict, from_note, to_note, evidence_summary,
                               evidence_snapshot, changed_by, origin
                        from verdict_history where sentence_id = ? order by id desc""")
                .param(sentenceId)
                .query((rs, row) -> new StoredChange(rs.getInt("version"), verdict(rs.getString("from_verdict")),
                        verdict(rs.getString("to_verdict")), rs.getString("from_note"), rs.getString("to_note"),
                        rs.getString("evidence_summary"), rs.getString("evidence_snapshot"),
                        rs.getLong("changed_by"), rs.getString("origin")))
                .list();
    }

    private static java.util.Optional<Long> carriedFrom(List<HistoryEntry> newestFirst) {
        if (newestFirst.isEmpty()) {
            return java.util.Optional.empty();
        }
        return HistoryOrigin.parse(newestFirst.getLast().origin())
                .filter(HistoryOrigin.Carried.class::isInstance)
                .map(origin -> ((HistoryOrigin.Carried) origin).fromSentenceId());
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new HistoryEntry(rs.getInt("version"), verdict(rs.getString("from_verdict")),
                verdict(rs.getString("to_verdict")), rs.getString("from_note"), rs.getString("to_note"),
                rs.getString("evidence_summary"), rs.getString("username"), rs.getString("display_name"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("origin"));
    }

    private static Verdict verdict(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    private static String name(Verdict verdict) {
        return verdict == null ? null : verdict.name();
    }
}
