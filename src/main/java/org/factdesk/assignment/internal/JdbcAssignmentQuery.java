package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSql;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignee;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentSort;
import org.factdesk.assignment.Priority;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of assignments for grids, joined with the article's title and sentence count. Review
 * progress is not read here: verdicts belong to the review feature (see ReviewCompleteness).
 */
@Repository
public class JdbcAssignmentQuery {

    /** One row before review progress is added. */
    public record Row(ArticleId id, String title, ArticleState state, Assignee assignee, LocalDate dueDate,
                      Priority priority, boolean seenByAssignee, String returnComment, int totalSentences) {
    }

    private static final String FROM = """
            from article_assignment a %s %s
            """.formatted(ArticleSql.join("r", "a.article_id"), UserSql.leftJoin("u", "a.assignee_id"));

    /** Soonest due first (no due date last), then most urgent, then oldest article. */
    private static final String ORDER = """
            order by case when a.due_date is null then 1 else 0 end, a.due_date,
                     case a.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,
                     a.article_id
            """;

    private final JdbcClient jdbc;

    JdbcAssignmentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> list(AssignmentFilter filter, LocalDate today, int offset, int limit) {
        return rows(where(filter, today), ORDER, offset, limit);
    }

    /** A page in the order the lead chose; ties keep the default order, so rows never swap between pages. */
    public List<Row> list(AssignmentFilter filter, LocalDate today, AssignmentSort sort, boolean descending,
                          int offset, int limit) {
        if (sort == null) {
            return list(filter, today, offset, limit);
        }
        String direction = descending ? " desc" : " asc";
        String column = switch (sort) {
            case TITLE -> ArticleSql.titleSortKey("r") + direction;
            case STATE -> "case a.state when 'NEW' then 0 when 'ASSIGNED' then 1 when 'IN_REVIEW' then 2"
                    + " when 'SUBMITTED' then 3 else 4 end" + direction;
            // Unassigned rows last either way: they have no name to sort by.
            case ASSIGNEE -> "case when u.display_name is null then 1 else 0 end, lower(u.display_name)" + direction;
            case DUE -> "case when a.due_date is null then 1 else 0 end, a.due_date" + direction;
            case PRIORITY -> "case a.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end"
                    + direction;
        };
        return rows(where(filter, today), "order by " + column + ", " + ORDER.strip().substring("order by ".length())
                + "\n", offset, limit);
    }

    /** The rows of these articles that the filter keeps. */
    public List<Row> among(AssignmentFilter filter, LocalDate today, java.util.Collection<ArticleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = where(filter, today);
        Map<String, Object> params = new LinkedHashMap<>(where.params);
        params.put("ids", ids.stream().map(ArticleId::value).toList());
        return rows(new Where(where.sql.strip() + " and a.article_id in (:ids)\n", params), ORDER, 0, ids.size());
    }

    /** The submitted reviews with the time of their (latest) submission, oldest submission first. */
    public List<QueueRow> submitted(int limit) {
        return jdbc.sql("""
                        select a.article_id, r.title, a.assignee_id, u.username, u.display_name, r.sentence_count,
                               (select max(t.at) from article_transition t
                                where t.article_id = a.article_id and t.action = 'SUBMITTED') as submitted_at
                        """ + FROM + """
                        where a.state = 'SUBMITTED' and a.superseded_by is null
                        order by submitted_at, a.article_id fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, n) -> {
                    long assigneeId = rs.getLong("assignee_id");
                    Assignee assignee = rs.wasNull() ? null
                            : new Assignee(assigneeId, rs.getString("username"), rs.getString("display_name"));
                    java.sql.Timestamp at = rs.getTimestamp("submitted_at");
                    return new QueueRow(new ArticleId(rs.getLong("article_id")), rs.getString("title"), assignee,
                            at == null ? null : at.toInstant(), rs.getInt("sentence_count"));
                })
                .list();
    }

    /** A submitted review before its verdict counts are added. */
    public record QueueRow(ArticleId id, String title, Assignee assignee, java.time.Instant submittedAt,
                           int totalSentences) {
    }

    /** The user's approved assignments: their finished work. */
    public List<Row> approvedFor(long userId) {
        return rows(new Where("where a.assignee_id = :assignee and a.state = 'APPROVED' and a.superseded_by is null\n",
                Map.of("assignee", userId)), ORDER, 0, Integer.MAX_VALUE);
    }

    /** The articles the user still works on (assigned or in review): what a deactivation leaves behind. */
    public List<ArticleId> openFor(long userId) {
        return jdbc.sql("""
                        select article_id from article_assignment
                        where assignee_id = ? and state in ('ASSIGNED', 'IN_REVIEW') and superseded_by is null
                        order by article_id""")
                .param(userId)
                .query((rs, n) -> new ArticleId(rs.getLong(1)))
                .list();
    }

    /** The titles of these articles, by id. */
    public Map<ArticleId, String> titles(java.util.Collection<ArticleId> ids) {
        Map<ArticleId, String> titles = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        jdbc.sql("select r.id, r.title from " + ArticleSql.table("r") + " where r.id in (:ids)")
                .param("ids", ids.stream().map(ArticleId::value).toList())
                .query(rs -> {
                    titles.put(new ArticleId(rs.getLong(1)), rs.getString(2));
                });
        return titles;
    }

    public long count(AssignmentFilter filter, LocalDate today) {
        Where where = where(filter, today);
        return jdbc.sql("select count(*) " + FROM + where.sql).params(where.params).query(Long.class).single();
    }

    /** The user's assignments still to work on or waiting for approval (approved ones are done). */
    public List<Row> assignedTo(long userId) {
        return rows(new Where("where a.assignee_id = :assignee and a.state <> 'APPROVED' and a.superseded_by is null\n",
                Map.of("assignee", userId)), ORDER, 0, Integer.MAX_VALUE);
    }

    private List<Row> rows(Where where, String order, int offset, int limit) {
        return jdbc.sql("""
                        select a.article_id, r.title, a.state, a.assignee_id, u.username, u.display_name, a.due_date,
                               a.priority, a.seen_by_assignee, a.return_comment, r.sentence_count
                        """ + FROM + where.sql + order + " offset :offset rows fetch next :limit rows only")
                .params(where.params)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> {
                    long assigneeId = rs.getLong("assignee_id");
                    Assignee assignee = rs.wasNull() ? null
                            : new Assignee(assigneeId, rs.getString("username"), rs.getString("display_name"));
                    return new Row(new ArticleId(rs.getLong("article_id")), rs.getString("title"),
                            ArticleState.valueOf(rs.getString("state")), assignee,
                            rs.getObject("due_date", LocalDate.class), Priority.valueOf(rs.getString("priority")),
                            rs.getBoolean("seen_by_assignee"), rs.getString("return_comment"),
                            rs.getInt("sentence_count"));
                })
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AssignmentFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        conditions.add("a.superseded_by is null"); // the newest version stands for the article (ADR 0029)
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.state() != null) {
            conditions.add("a.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.assignee() != null) {
            conditions.add("a.assignee_id = :assignee");
            params.put("assignee", filter.assignee().value());
        }
        if (filter.overdueOnly()) {
            conditions.add("a.due_date < :today and a.state in ('ASSIGNED', 'IN_REVIEW')");
            params.put("today", Date.valueOf(today));
        }
        return new Where("where " + String.join(" and ", conditions) + "\n", params);
    }
}
