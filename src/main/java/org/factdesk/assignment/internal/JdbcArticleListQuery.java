package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSql;
import org.factdesk.assignment.ArticleListEntry;
import org.factdesk.assignment.ArticleListQuery;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignee;
import org.factdesk.assignment.UpdatedArticle;
import org.factdesk.user.UserSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Pages of the article list: every article (the article feature's columns and search through
 * {@link ArticleSql}) with its workflow state and assignee, searched, sorted and paged in the
 * database. The list lives here because state and assignee are this feature's; the article feature
 * may not know them (ADR 0016).
 */
@Repository
public class JdbcArticleListQuery {

    private static final String FROM = "from " + ArticleSql.table("r")
            + " left join article_assignment a on a.article_id = r.id " + UserSql.leftJoin("u", "a.assignee_id");

    /** An article with a newer version is listed as that version (ADR 0029). */
    private static final String NEWEST = "a.superseded_by is null and ";

    private final JdbcClient jdbc;

    JdbcArticleListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ArticleListEntry> list(ArticleListQuery query, int offset, int limit) {
        ArticleSql.Condition matching = ArticleSql.matching("r", query.search(), "q");
        return jdbc.sql("""
                        select r.id, r.title, r.outlet, r.published_on, r.imported_at, r.sentence_count,
                               a.state, a.assignee_id, u.username, u.display_name
                        """ + FROM + " where " + NEWEST + matching.sql() + " order by " + order(query)
                        + " offset :offset rows fetch next :limit rows only")
                .params(matching.params())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public long count(ArticleListQuery query) {
        ArticleSql.Condition matching = ArticleSql.matching("r", query.search(), "q");
        return jdbc.sql("select count(*) " + FROM + " where " + NEWEST + matching.sql())
                .params(matching.params()).query(Long.class).single();
    }

    /** The time an article last changed for the API: its import or its newest workflow step. */
    private static final String UPDATED_AT = "greatest(r.imported_at, coalesce(a.updated_at, r.imported_at))";

    /**
     * The newest versions changed at or after {@code since} (null: any time), in that state (null: any), oldest change
     * first, so that a tool pages on by asking again from the last {@code updatedAt} it got.
     */
    public List<UpdatedArticle> updated(ArticleState state, Instant since, int limit) {
        String stateCondition = state == null ? ""
                : state == ArticleState.NEW ? " and (a.state is null or a.state = 'NEW')" : " and a.state = :state";
        // At or after: a tool asks again from the last updatedAt it got; ">" would skip an article changed in the
        // same instant that did not fit the page (the tool drops the repeats by id).
        String sinceCondition = since == null ? "" : " and " + UPDATED_AT + " >= :since";
        var statement = jdbc.sql("""
                        select r.id, r.title, r.outlet, r.published_on, r.imported_at, r.sentence_count,
                               a.state, a.assignee_id, u.username, u.display_name,\s""" + UPDATED_AT + " as updated_at "
                        + FROM + " where a.superseded_by is null" + stateCondition + sinceCondition
                        + " order by updated_at asc, r.id asc fetch first :limit rows only")
                .param("limit", limit);
        if (state != null && state != ArticleState.NEW) {
            statement = statement.param("state", state.name());
        }
        if (since != null) {
            statement = statement.param("since", Timestamp.from(since));
        }
        return statement.query((rs, n) -> new UpdatedArticle(entry(rs), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    private static ArticleListEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long assigneeId = rs.getLong("assignee_id");
        Assignee assignee = rs.wasNull() ? null
                : new Assignee(assigneeId, rs.getString("username"), rs.getString("display_name"));
        String state = rs.getString("state");
        return new ArticleListEntry(new ArticleId(rs.getLong("id")), rs.getString("title"),
                rs.getString("outlet"), rs.getObject("published_on", LocalDate.class),
                rs.getTimestamp("imported_at").toInstant(), rs.getInt("sentence_count"),
                state == null ? ArticleState.NEW : ArticleState.valueOf(state), assignee);
    }

    /** Only fixed expressions reach the SQL: the sort is an enum, never text from the browser. */
    private static String order(ArticleListQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String column = switch (query.sort()) {
            case TITLE -> ArticleSql.titleSortKey("r");
            case OUTLET -> "lower(r.outlet)";
            case PUBLISHED -> "r.published_on";
            case IMPORTED -> "r.imported_at";
            case SENTENCES -> "r.sentence_count";
            case STATE -> "case a.state when 'NEW' then 0 when 'ASSIGNED' then 1 when 'IN_REVIEW' then 2"
                    + " when 'SUBMITTED' then 3 when 'APPROVED' then 4 else 0 end";
            case ASSIGNEE -> "lower(u.display_name)";
        };
        // Empty outlets, dates and assignees last either way: they are what a sort is not looking for.
        return column + direction + " nulls last, r.imported_at desc, r.id desc";
    }
}
