package org.factdesk.discussion.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.discussion.Comment;
import org.factdesk.discussion.DiscussionThread;
import org.factdesk.discussion.SentenceDiscussion;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The comments of all threads; rows are never removed (deleting sets deleted_at). */
@Repository
public class CommentRepository {

    private static final String SELECT_COMMENT = """
            select c.id, c.article_id, c.sentence_id, c.parent_id, a.username, a.display_name, c.body,
                   c.created_at, c.edited_at, c.deleted_at, c.resolved_at, r.display_name as resolved_by_name
            from comment c %s %s
            """.formatted(UserSql.join("a", "c.author_id"), UserSql.leftJoin("r", "c.resolved_by"));

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long articleId, Long sentenceId, Long parentId, long authorId, String body, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into comment (article_id, sentence_id, parent_id, author_id, body, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(articleId, sentenceId, parentId, authorId, body, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<CommentRow> find(long id) {
        return jdbc.sql("""
                        select id, article_id, sentence_id, parent_id, author_id, body, created_at, edited_at,
                               deleted_at, resolved_at
                        from comment where id = ?""")
                .param(id)
                .query((rs, n) -> new CommentRow(rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), nullableLong(rs, 4),
                        rs.getLong(5), rs.getString(6), instant(rs, 7), instant(rs, 8), instant(rs, 9),
                        instant(rs, 10)))
                .optional();
    }

    public void updateBody(long id, String body, Instant at) {
        jdbc.sql("update comment set body = ?, edited_at = ? where id = ?").params(body, Timestamp.from(at), id).update();
    }

    /** Keeps the row (the thread keeps its shape) but not the text: a deleted comment's words are gone. */
    public void markDeleted(long id, long byUserId, Instant at) {
        jdbc.sql("update comment set body = '', deleted_at = ?, deleted_by = ? where id = ?")
                .params(Timestamp.from(at), byUserId, id).update();
    }

    public void resolve(long rootId, long byUserId, Instant at) {
        jdbc.sql("update comment set resolved_at = ?, resolved_by = ? where id = ? and parent_id is null")
                .params(Timestamp.from(at), byUserId, rootId).update();
    }

    public void reopen(long rootId) {
        jdbc.sql("update comment set resolved_at = null, resolved_by = null where id = ? and parent_id is null")
                .param(rootId).update();
    }

    /** The threads of one sentence, or of the article itself ({@code sentenceId} null), oldest first. */
    public List<DiscussionThread> threads(ArticleId articleId, Long sentenceId) {
        String where = sentenceId == null ? "c.article_id = ? and c.sentence_id is null"
                : "c.article_id = ? and c.sentence_id = ?";
        var statement = jdbc.sql(SELECT_COMMENT + " where " + where + " order by c.id").param(articleId.value());
        if (sentenceId != null) {
            statement = statement.param(sentenceId);
        }
        return threadsOf(statement.query(CommentRepository::commentWithResolution).list());
    }

    /** Every thread of the article, sentence threads and the article's own, oldest first. */
    public List<DiscussionThread> allThreads(ArticleId articleId) {
        return threadsOf(jdbc.sql(SELECT_COMMENT + " where c.article_id = ? order by c.id").param(articleId.value())
                .query(CommentRepository::commentWithResolution).list());
    }

    /** Per sentence with comments: how many are not deleted, and whether a thread is open. */
    public Map<Long, SentenceDiscussion> sentenceDiscussions(ArticleId articleId, Collection<Long> onlySentences) {
        Map<Long, int[]> counts = new LinkedHashMap<>(); // sentence -> [comments, open threads]
        Map<Long, Boolean> rootOpen = new HashMap<>(); // root id -> not resolved
        Map<Long, Long> rootSentence = new HashMap<>();
        Map<Long, Integer> rootVisible = new HashMap<>();
        String only = onlySentences == null ? "" : onlySentences.isEmpty() ? " and 1 = 0"
                : " and sentence_id in (:sentences)";
        var statement = jdbc.sql("""
                select id, sentence_id, parent_id, deleted_at, resolved_at from comment
                where article_id = :article and sentence_id is not null""" + only + " order by id")
                .param("article", articleId.value());
        if (onlySentences != null && !onlySentences.isEmpty()) {
            statement = statement.param("sentences", onlySentences);
        }
        statement.query(rs -> {
            long id = rs.getLong(1);
            long sentence = rs.getLong(2);
            Long parent = nullableLong(rs, 3);
            boolean deleted = rs.getTimestamp(4) != null;
            long root = parent == null ? id : parent;
            if (parent == null) {
                rootOpen.put(id, rs.getTimestamp(5) == null);
                rootSentence.put(id, sentence);
            }
            int[] count = counts.computeIfAbsent(sentence, s -> new int[2]);
            if (!deleted) {
                count[0]++;
                rootVisible.merge(root, 1, Integer::sum);
            }
        });
        rootOpen.forEach((root, open) -> {
            if (open && rootVisible.getOrDefault(root, 0) > 0) {
                counts.get(rootSentence.get(root))[1]++;
            }
        });
        Map<Long, SentenceDiscussion> result = new LinkedHashMap<>();
        counts.forEach((sentence, count) -> result.put(sentence,
                new SentenceDiscussion(sentence, count[0], count[1] > 0)));
        return result;
    }

    /** Comments not deleted per article (sentence threads and the article's own), for the given articles. */
    public Map<Long, Integer> commentCounts(Collection<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select article_id, count(*) from comment
                        where article_id in (:articles) and deleted_at is null group by article_id""")
                .param("articles", articleIds)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    private static List<DiscussionThread> threadsOf(List<Resolved> comments) {
        Map<Long, Resolved> roots = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new HashMap<>();
        for (Resolved row : comments) {
            if (row.comment().isRoot()) {
                roots.put(row.comment().id(), row);
            } else {
                replies.computeIfAbsent(row.comment().parentId(), id -> new ArrayList<>()).add(row.comment());
            }
        }
        List<DiscussionThread> threads = new ArrayList<>(roots.size());
        roots.forEach((id, root) -> threads.add(new DiscussionThread(root.comment(),
                replies.getOrDefault(id, List.of()), root.resolvedAt(), root.resolvedBy())));
        return threads;
    }

    private record Resolved(Comment comment, Instant resolvedAt, String resolvedBy) {
    }

    private static Resolved commentWithResolution(ResultSet rs, int row) throws SQLException {
        Instant deleted = instant(rs, 10);
        Comment comment = new Comment(rs.getLong(1), new ArticleId(rs.getLong(2)), nullableLong(rs, 3),
                nullableLong(rs, 4), rs.getString(5), rs.getString(6), deleted == null ? rs.getString(7) : null,
                instant(rs, 8), instant(rs, 9), deleted);
        return new Resolved(comment, instant(rs, 11), rs.getString(12));
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
