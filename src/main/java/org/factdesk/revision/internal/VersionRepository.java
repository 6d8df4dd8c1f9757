package org.factdesk.revision.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSql;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.CarriedSentence;
import org.factdesk.revision.CarryKind;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The article_version chain and the sentence_carry records (both owned by revision). */
@Repository
public class VersionRepository {

    private static final String SELECT_VERSION = """
            select v.article_id, v.version_no, v.document_id, v.previous_article_id, v.created_at,
                   (select n.article_id from article_version n where n.previous_article_id = v.article_id) as next_id
            from article_version v
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    VersionRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Every article starts as version 1 of itself. */
    public void insertFirst(ArticleId articleId, Instant at) {
        jdbc.sql("""
                        insert into article_version (article_id, document_id, version_no, previous_article_id,
                                                     created_by, created_at)
                        values (?, ?, 1, null, null, ?)""")
                .params(articleId.value(), articleId.value(), Timestamp.from(at))
                .update();
    }

    /** Takes the version row's lock: two imports of a new version of one article queue up here. */
    public Optional<ArticleVersion> lock(ArticleId articleId) {
        List<Long> locked = jdbc.sql("select article_id from article_version where article_id = ? for update")
                .param(articleId.value()).query(Long.class).list();
        return locked.isEmpty() ? Optional.empty() : find(articleId);
    }

    public Optional<ArticleVersion> find(ArticleId articleId) {
        return jdbc.sql(SELECT_VERSION + " where v.article_id = ?").param(articleId.value())
                .query(VersionRepository::version).optional();
    }

    /** All versions of the document the article belongs to, oldest first. */
    public List<ArticleVersion> versionsOf(ArticleId articleId) {
        return jdbc.sql(SELECT_VERSION + """
                         where v.document_id = (select d.document_id from article_version d where d.article_id = ?)
                        order by v.version_no""")
                .param(articleId.value()).query(VersionRepository::version).list();
    }

    /** Makes the (just imported) article {@code next} the version after {@code previous}. */
    public void attach(ArticleId next, ArticleVersion previous, long createdBy) {
        jdbc.sql("""
                        update article_version set document_id = ?, version_no = ?, previous_article_id = ?,
                                                   created_by = ?
                        where article_id = ?""")
                .params(previous.documentId().value(), previous.number() + 1, previous.articleId().value(), createdBy,
                        next.value())
                .update();
    }

    /** One carry record to write: the new sentence, the old one, what it is. */
    public record CarryRow(long sentenceId, long fromSentenceId, CarryKind kind, boolean moved, String differences) {
    }

    public void insertCarries(ArticleId article, List<CarryRow> rows) {
        jdbcTemplate.batchUpdate("""
                        insert into sentence_carry (sentence_id, article_id, from_sentence_id, kind, moved, differences)
                        values (?, ?, ?, ?, ?, ?)""",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, row.sentenceId());
                    ps.setLong(2, article.value());
                    ps.setLong(3, row.fromSentenceId());
                    ps.setString(4, row.kind().name());
                    ps.setBoolean(5, row.moved());
                    ps.setString(6, row.differences());
                });
    }

    /** The carry records of the article's sentences, by sentence id. */
    public Map<Long, CarriedSentence> carried(ArticleId article) {
        return carried("c.article_id = :article", Map.of("article", article.value()));
    }

    public Map<Long, CarriedSentence> carried(Collection<Long> sentenceIds) {
        if (sentenceIds.isEmpty()) {
            return Map.of();
        }
        return carried("c.sentence_id in (:ids)", Map.of("ids", sentenceIds));
    }

    private Map<Long, CarriedSentence> carried(String condition, Map<String, Object> params) {
        Map<Long, CarriedSentence> carried = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.sentence_id, c.from_sentence_id, c.kind, c.moved, c.differences, u.display_name,
                               c.confirmed_at
                        from sentence_carry c %s
                        where %s order by c.sentence_id, c.from_sentence_id"""
                        .formatted(UserSql.leftJoin("u", "c.confirmed_by"), condition))
                .params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    CarriedSentence before = carried.get(id);
                    List<Long> from = new ArrayList<>(before == null ? List.of() : before.fromSentenceIds());
                    from.add(rs.getLong(2));
                    String differences = rs.getString(5);
                    Timestamp confirmedAt = rs.getTimestamp(7);
                    carried.put(id, new CarriedSentence(id, CarryKind.valueOf(rs.getString(3)), from, rs.getBoolean(4),
                            differences == null || differences.isEmpty() ? List.of()
                                    : Arrays.asList(differences.split("\n")),
                            rs.getString(6), confirmedAt == null ? null : confirmedAt.toInstant()));
                });
        return carried;
    }

    /** Marks the sentences' carried verdicts confirmed; returns how many were still to confirm. */
    public int confirm(Collection<Long> sentenceIds, long userId, Instant at) {
        return jdbc.sql("""
                        update sentence_carry set confirmed_by = :user, confirmed_at = :at
                        where sentence_id in (:ids) and kind = 'CHANGED' and confirmed_at is null""")
                .param("user", userId).param("at", Timestamp.from(at)).param("ids", sentenceIds)
                .update();
    }

    /** The newest version of a document, as a picker and the candidate match show it. */
    public record NewestVersion(ArticleId articleId, String title, int number, String sourceUrl) {
    }

    /**
     * Newest versions (no version replaced them) of the articles the condition (over the article as {@code a})
     * selects, newest first.
     */
    public List<NewestVersion> newest(ArticleSql.Condition condition, int offset, int limit) {
        return jdbc.sql("""
                        select v.article_id, a.title, v.version_no, a.source_url
                        from article_version v %s
                        where not exists (select 1 from article_version n where n.previous_article_id = v.article_id)
                          and (%s)
                        order by v.article_id desc limit :limit offset :offset"""
                        .formatted(ArticleSql.join("a", "v.article_id"), condition.sql()))
                .params(condition.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new NewestVersion(new ArticleId(rs.getLong(1)), rs.getString(2), rs.getInt(3),
                        rs.getString(4)))
                .list();
    }

    private static ArticleVersion version(ResultSet rs, int row) throws SQLException {
        return new ArticleVersion(new ArticleId(rs.getLong("article_id")), rs.getInt("version_no"),
                new ArticleId(rs.getLong("document_id")), id(rs, "previous_article_id"), id(rs, "next_id"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ArticleId id(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new ArticleId(id);
    }
}
