package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.review.ReaderPresence.Present;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open readers of all nodes (table reader_presence, ADR 0038). A row counts while its node refreshes it:
 * a row not seen for {@link #EXPIRY} belongs to a node that died.
 */
@Repository
public class PresenceRepository {

    public static final Duration HEARTBEAT = Duration.ofSeconds(15);
    public static final Duration EXPIRY = Duration.ofSeconds(60);

    /** A row whose node stopped refreshing it. */
    public record Expired(String ticket, ArticleId articleId) {
    }

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enter(String ticket, ArticleId articleId, String node, Present who, Instant now) {
        enter(ticket, articleId, node, who, now, now);
    }

    public void enter(String ticket, ArticleId articleId, String node, Present who, Instant enteredAt, Instant now) {
        jdbc.sql("""
                        insert into reader_presence (ticket, article_id, node_id, username, display_name, entered_at, seen_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket, articleId.value(), node, who.username(), who.displayName(), Timestamp.from(enteredAt),
                        Timestamp.from(now))
                .update();
    }

    /** Whether the ticket's row was there. */
    public boolean leave(String ticket) {
        return jdbc.sql("delete from reader_presence where ticket = ?").param(ticket).update() > 0;
    }

    /** Who has the article open on any live node, each person once, in order of arrival. */
    public List<Present> present(ArticleId articleId, Instant now) {
        Map<String, Present> byUsername = new LinkedHashMap<>();
        jdbc.sql("""
                        select username, display_name from reader_presence
                        where article_id = ? and seen_at > ? order by entered_at, ticket""")
                .params(articleId.value(), Timestamp.from(now.minus(EXPIRY)))
                .query((rs, n) -> new Present(rs.getString(1), rs.getString(2))).list()
                .forEach(p -> byUsername.putIfAbsent(p.username(), p));
        return List.copyOf(byUsername.values());
    }

    /** This node's readers are still open; returns how many rows it still has. */
    public int heartbeat(String node, Instant now) {
        return jdbc.sql("update reader_presence set seen_at = ? where node_id = ?").params(Timestamp.from(now), node).update();
    }

    public List<Expired> expired(Instant now) {
        return jdbc.sql("select ticket, article_id from reader_presence where seen_at <= ?")
                .param(Timestamp.from(now.minus(EXPIRY)))
                .query((rs, n) -> new Expired(rs.getString(1), new ArticleId(rs.getLong(2)))).list();
    }

    /** The articles this node's readers had open, as it stops. */
    public List<ArticleId> articlesOf(String node) {
        return jdbc.sql("select distinct article_id from reader_presence where node_id = ?").param(node)
                .query((rs, n) -> new ArticleId(rs.getLong(1))).list();
    }

    public List<String> ticketsOf(String node) {
        return jdbc.sql("select ticket from reader_presence where node_id = ?").param(node)
                .query((rs, n) -> rs.getString(1)).list();
    }

    public void leaveAll(String node) {
        jdbc.sql("delete from reader_presence where node_id = ?").param(node).update();
    }
}
