package org.factdesk.discussion.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSql;
import org.factdesk.discussion.DiscussionNotification;
import org.factdesk.discussion.NotificationKind;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The users' notifications about comments; one per recipient and comment. */
@Repository
public class NotificationRepository {

    /** How much of a comment the list shows. */
    static final int EXCERPT_LENGTH = 140;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    NotificationRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** One notification per recipient (recipient id → why) about this comment. */
    public void insert(Map<Long, NotificationKind> recipients, long articleId, Integer sentenceOrdinal, long commentId,
                       Instant at) {
        jdbcTemplate.batchUpdate("""
                        insert into notification (recipient_id, kind, article_id, sentence_ordinal, comment_id, created_at)
                        values (?, ?, ?, ?, ?, ?)""",
                recipients.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue().name(), articleId,
                        sentenceOrdinal, commentId, Timestamp.from(at)}).toList());
    }

    /** The recipient's newest notifications first. */
    public List<DiscussionNotification> newestFor(long recipientId, int limit) {
        return jdbc.sql("""
                        select n.id, n.kind, n.article_id, art.title, n.sentence_ordinal, n.comment_id, au.display_name,
                               c.body, c.deleted_at, n.created_at, n.read_at
                        from notification n
                        join comment c on c.id = n.comment_id
                        %s %s
                        where n.recipient_id = ? order by n.id desc limit ?""".formatted(
                        ArticleSql.join("art", "n.article_id"), UserSql.join("au", "c.author_id")))
                .params(recipientId, limit)
                .query((rs, row) -> {
                    String body = rs.getTimestamp(9) == null ? rs.getString(8) : "";
                    return new DiscussionNotification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                            new ArticleId(rs.getLong(3)), rs.getString(4), (Integer) rs.getObject(5, Integer.class),
                            rs.getLong(6), rs.getString(7), excerpt(body), CommentRepository.instant(rs, 10),
                            CommentRepository.instant(rs, 11));
                })
                .list();
    }

    public int unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipientId).query(Integer.class).single();
    }

    /** Marks one of the recipient's notifications read; false when it is not theirs (or does not exist). */
    public boolean markRead(long id, long recipientId, Instant at) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
                .params(Timestamp.from(at), id, recipientId).update() == 1;
    }

    public int markAllRead(long recipientId, Instant at) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(at), recipientId).update();
    }

    static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH - 1) + "…";
    }
}
