package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignee;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.Priority;
import org.factdesk.assignment.Transition;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The article_assignment rows and the append-only article_transition log. */
@Repository
public class AssignmentRepository {

    private static final String SELECT_ASSIGNMENT = """
            select a.article_id, a.state, a.assignee_id, u.username, u.display_name, a.due_date, a.priority,
                   a.seen_by_assignee, a.return_comment, a.version, a.updated_at, a.superseded_by
            from article_assignment a %s
            """.formatted(UserSql.leftJoin("u", "a.assignee_id"));

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives a new article its NEW row. */
    public void insertNew(ArticleId articleId, Instant at) {
        jdbc.sql("""
                        insert into article_assignment (article_id, state, assignee_id, due_date, priority,
                                                        seen_by_assignee, return_comment, version, updated_at)
                        values (?, 'NEW', null, null, 'NORMAL', false, null, 0, ?)""")
                .params(articleId.value(), Timestamp.from(at))
                .update();
    }

    /**
     * Takes the row locks of these articles' assignments for the rest of the transaction, in
     * article-id order so that bulk changes never deadlock, and returns their current state.
     */
    public Map<ArticleId, Assignment> lock(Collection<ArticleId> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        // Lock without a join (H2 refuses FOR UPDATE on joins), then read with the assignee's name.
        jdbc.sql("select article_id from article_assignment where article_id in (:ids) order by article_id for update")
                .param("ids", articleIds.stream().map(ArticleId::value).toList())
                .query(Long.class).list();
        return find(articleIds);
    }

    public Optional<Assignment> lock(ArticleId articleId) {
        return Optional.ofNullable(lock(List.of(articleId)).get(articleId));
    }

    public Optional<Assignment> find(ArticleId articleId) {
        return Optional.ofNullable(find(List.of(articleId)).get(articleId));
    }

    private Map<ArticleId, Assignment> find(Collection<ArticleId> articleIds) {
        Map<ArticleId, Assignment> found = new LinkedHashMap<>();
        jdbc.sql(SELECT_ASSIGNMENT + " where a.article_id in (:ids) order by a.article_id")
                .param("ids", articleIds.stream().map(ArticleId::value).toList())
                .query(AssignmentRepository::assignment).list()
                .forEach(assignment -> found.put(assignment.articleId(), assignment));
        return found;
    }

    /**
     * Stores the new state of an assignment if it is still at {@code before}'s version; returns
     * false when someone else changed it meanwhile.
     */
    public boolean update(Assignment before, ArticleState state, Long assigneeId, LocalDate dueDate, Priority priority,
                          boolean seenByAssignee, String returnComment, Instant at) {
        return jdbc.sql("""
                        update article_assignment
                        set state = ?, assignee_id = ?, due_date = ?, priority = ?, seen_by_assignee = ?,
                            return_comment = ?, version = version + 1, updated_at = ?
                        where article_id = ? and version = ?""")
                .params(state.name(), assigneeId, dueDate == null ? null : Date.valueOf(dueDate), priority.name(),
                        seenByAssignee, returnComment, Timestamp.from(at), before.articleId().value(), before.version())
                .update() == 1;
    }

    /** Marks the article as opened by its assignee; returns whether the flag changed. */
    public boolean markSeen(ArticleId articleId, long assigneeId) {
        return jdbc.sql("""
                        update article_assignment set seen_by_assignee = true
                        where article_id = ? and assignee_id = ? and seen_by_assignee = false""")
                .params(articleId.value(), assigneeId)
                .update() == 1;
    }

    public void appendTransition(ArticleId articleId, ArticleState from, ArticleState to, TransitionAction action,
                                 Long assigneeId, String comment, long byUserId, Instant at) {
        jdbc.sql("""
                        insert into article_transition (article_id, from_state, to_state, action, assignee_id,
                                                        comment, by_user, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId.value(), from.name(), to.name(), action.name(), assigneeId, comment, byUserId,
                        Timestamp.from(at))
                .update();
    }

    /** The article's transitions, newest first. */
    public List<Transition> transitions(ArticleId articleId) {
        return jdbc.sql("""
                        select t.from_state, t.to_state, t.action, a.display_name as assignee_name, t.comment,
                               u.username, u.display_name, t.at
                        from article_transition t %s %s
                        where t.article_id = ? order by t.id desc"""
                        .formatted(UserSql.join("u", "t.by_user"), UserSql.leftJoin("a", "t.assignee_id")))
                .param(articleId.value())
                .query((rs, row) -> new Transition(ArticleState.valueOf(rs.getString("from_state")),
                        ArticleState.valueOf(rs.getString("to_state")), TransitionAction.valueOf(rs.getString("action")),
                        rs.getString("assignee_name"), rs.getString("comment"), rs.getString("username"),
                        rs.getString("display_name"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Records that the article's review goes on in {@code next} (ADR 0029); false when already superseded. */
    public boolean supersede(ArticleId articleId, ArticleId next, Instant at) {
        return jdbc.sql("""
                        update article_assignment set superseded_by = ?, version = version + 1, updated_at = ?
                        where article_id = ? and superseded_by is null""")
                .params(next.value(), Timestamp.from(at), articleId.value())
                .update() == 1;
    }

    private static ArticleId supersededBy(ResultSet rs) throws SQLException {
        long id = rs.getLong("superseded_by");
        return rs.wasNull() ? null : new ArticleId(id);
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        long assigneeId = rs.getLong("assignee_id");
        Assignee assignee = rs.wasNull() ? null
                : new Assignee(assigneeId, rs.getString("username"), rs.getString("display_name"));
        return new Assignment(new ArticleId(rs.getLong("article_id")), ArticleState.valueOf(rs.getString("state")),
                assignee, rs.getObject("due_date", LocalDate.class), Priority.valueOf(rs.getString("priority")),
                rs.getBoolean("seen_by_assignee"), rs.getString("return_comment"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), supersededBy(rs));
    }
}
