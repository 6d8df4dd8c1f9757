package org.factdesk.assignment;

import org.factdesk.assignment.internal.JdbcArticleListQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The article list every signed-in user starts from: all articles with their workflow state and
 * assignee, searched (title, text, source, outlet, author; see
 * {@link org.factdesk.article.ArticleSql#matching}) and sorted by the database, a page at a time.
 */
@Service
public class ArticleListService {

    /** The grid never asks for more; a larger page is cut, so no caller loads the whole table. */
    public static final int MAX_PAGE = 500;

    private final JdbcArticleListQuery query;

    ArticleListService(JdbcArticleListQuery query) {
        this.query = query;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ArticleListEntry> list(ArticleListQuery articles, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
        return query.list(articles == null ? ArticleListQuery.NEWEST_FIRST : articles, offset, Math.min(limit, MAX_PAGE));
    }

    /**
     * Articles (newest versions) changed at or after {@code since} (null: any time) in {@code state} (null: any),
     * oldest change first, at most {@link #MAX_PAGE}: what a tool such as the CMS polls for.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UpdatedArticle> updated(ArticleState state, java.time.Instant since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1");
        }
        return query.updated(state, since, Math.min(limit, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(ArticleListQuery articles) {
        return query.count(articles == null ? ArticleListQuery.NEWEST_FIRST : articles);
    }
}
