package org.factdesk.review.internal;

import org.factdesk.article.DocumentVersions;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.user.UserSql;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current verdict rows and their evidence; writes check the version (optimistic locking). */
@Repository
public class VerdictRepository {

    private static final String SELECT_VERDICT = """
            select v.sentence_id, v.verdict, v.note, v.version, u.username, u.display_name, v.set_at
            from verdict v %s
            """.formatted(UserSql.join("u", "v.set_by"));

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    /** Implemented by the revision feature (above this one); absent, every article is its document's newest. */
    private final ObjectProvider<DocumentVersions> versions;

    VerdictRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectProvider<DocumentVersions> versions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.versions = versions;
    }

    /** Every verdict row of the article (cleared ones included: they carry the version), by sentence id. */
    public Map<Long, SentenceVerdict> findByArticle(long articleId) {
        List<VerdictRow> rows = jdbc.sql(SELECT_VERDICT + " where v.article_id = ? order by v.sentence_id")
                .param(articleId).query(VerdictRepository::verdictRow).list();
        Map<Long, List<EvidenceItem>> evidence = new HashMap<>();
        jdbc.sql("""
                        select e.sentence_id, e.url, e.quote, e.accessed_on
                        from evidence e join verdict v on v.sentence_id = e.sentence_id
                        where v.article_id = ? order by e.sentence_id, e.position""")
                .param(articleId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(evidenceItem(rs));
                });
        return withEvidence(rows, evidence);
    }

    /** The verdict rows of the given sentences that have one, by sentence id. */
    public Map<Long, SentenceVerdict> findBySentences(Collection<Long> sentenceIds) {
        if (sentenceIds.isEmpty()) {
            return Map.of();
        }
        List<VerdictRow> rows = jdbc.sql(SELECT_VERDICT + " where v.sentence_id in (:ids)")
                .param("ids", sentenceIds).query(VerdictRepository::verdictRow).list();
        Map<Long, List<EvidenceItem>> evidence = new HashMap<>();
        jdbc.sql("select sentence_id, url, quote, accessed_on from evidence where sentence_id in (:ids)"
                        + " order by sentence_id, position")
                .param("ids", sentenceIds)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(evidenceItem(rs));
                });
        return withEvidence(rows, evidence);
    }

    /**
     * Sentences of other articles with this {@code text_hash} that carry a verdict, the newest first,
     * at most {@code limit}, in articles that are their document's newest version (a superseded version's
     * review was carried into the newest, which is the one to show). Through the sentence's hash index (a
     * verdict's primary key and a version probe per copy), so a boilerplate sentence's old review is found
     * however many newer copies there are.
     */
    public List<Long> reviewedWithText(String textHash, long excludedArticleId, int limit) {
        return jdbc.sql("""
                        select v.sentence_id from verdict v %s
                        where s.text_hash = cast(:hash as char(64)) and v.article_id <> :article and v.verdict is not null
                        and %s
                        order by v.sentence_id desc fetch first :limit rows only"""
                        .formatted(org.factdesk.article.ArticleSql.sentenceJoin("s", "v.sentence_id"),
                                versions.getIfAvailable(() -> DocumentVersions.NONE)
                                        .newestVersionCondition("v.article_id")))
                .param("hash", textHash)
                .param("article", excludedArticleId)
                .param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Updates the rows still at their expected version, as one batch. Returns the updated row
     * count per write: 0 means someone else changed (or never created) that row.
     */
    public int[] update(List<VerdictWrite> writes, long userId, Instant at) {
        if (writes.isEmpty()) {
            return new int[0];
        }
        return jdbcTemplate.batchUpdate("""
                        update verdict set verdict = ?, note = ?, version = version + 1, set_by = ?, set_at = ?,
                                           adopted_from = ?, adopted_version = ?
                        where sentence_id = ? and version = ?""",
                writes.stream().map(w -> new Object[]{name(w.verdict()), w.note(), userId, Timestamp.from(at),
                        w.adoptedFrom(), w.adoptedVersion(), w.sentenceId(), w.expectedVersion()}).toList());
    }

    /**
     * Inserts first verdict rows (version 1), as one batch. Runs in a savepoint so that a
     * {@link org.springframework.dao.DuplicateKeyException} (another writer inserted the row
     * first) leaves the surrounding transaction usable, also on PostgreSQL, to read who won.
     */
    @Transactional(propagation = Propagation.NESTED)
    public void insert(List<VerdictWrite> writes, long userId, Instant at) {
        if (writes.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        insert into verdict (sentence_id, article_id, verdict, note, version, set_by, set_at,
                                             adopted_from, adopted_version)
                        values (?, ?, ?, ?, 1, ?, ?, ?, ?)""",
                writes.stream().map(w -> new Object[]{w.sentenceId(), w.articleId(), name(w.verdict()), w.note(),
                        userId, Timestamp.from(at), w.adoptedFrom(), w.adoptedVersion()}).toList());
    }

    /** The source a sentence's verdict was adopted from, as stored: {source sentence id, its version then}. */
    public java.util.Optional<long[]> adoptedFrom(long sentenceId) {
        return jdbc.sql("select adopted_from, adopted_version from verdict where sentence_id = ? and adopted_from is not null")
                .param(sentenceId)
                .query((rs, row) -> new long[]{rs.getLong(1), rs.getInt(2)})
                .optional();
    }

    /** Replaces the sentence's evidence with the given items, in their order. */
    public void replaceEvidence(long sentenceId, List<EvidenceItem> items, long userId, Instant at) {
        jdbc.sql("delete from evidence where sentence_id = ?").param(sentenceId).update();
        List<Object[]> rows = new ArrayList<>(items.size());
        for (EvidenceItem item : items) {
            rows.add(new Object[]{sentenceId, rows.size() + 1, item.url(), item.quote(),
                    Date.valueOf(item.accessedOn()), userId, Timestamp.from(at)});
        }
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into evidence (sentence_id, position, url, quote, accessed_on, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private record VerdictRow(long sentenceId, Verdict verdict, String note, int version, String username,
                              String displayName, Instant setAt) {
    }

    private static VerdictRow verdictRow(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        return new VerdictRow(rs.getLong("sentence_id"), verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("note"), rs.getInt("version"), rs.getString("username"), rs.getString("display_name"),
                rs.getTimestamp("set_at").toInstant());
    }

    private static EvidenceItem evidenceItem(ResultSet rs) throws SQLException {
        return new EvidenceItem(rs.getString("url"), rs.getString("quote"),
                rs.getObject("accessed_on", LocalDate.class));
    }

    private static Map<Long, SentenceVerdict> withEvidence(List<VerdictRow> rows,
                                                           Map<Long, List<EvidenceItem>> evidence) {
        Map<Long, SentenceVerdict> verdicts = new LinkedHashMap<>();
        for (VerdictRow row : rows) {
            verdicts.put(row.sentenceId(), new SentenceVerdict(row.sentenceId(), row.verdict(), row.note(),
                    row.version(), row.username(), row.displayName(), row.setAt(),
                    evidence.getOrDefault(row.sentenceId(), List.of())));
        }
        return verdicts;
    }

    private static String name(Verdict verdict) {
        return verdict == null ? null : verdict.name();
    }
}
