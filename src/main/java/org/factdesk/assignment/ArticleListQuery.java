package org.factdesk.assignment;

/**
 * What the article list asks for: the typed search (blank: every article; see
 * {@link org.factdesk.article.ArticleSql#matching}) and the column to sort by.
 */
public record ArticleListQuery(String search, Sort sort, boolean descending) {

    /** The columns the list sorts by; ties keep the newest import first. */
    public enum Sort { TITLE, OUTLET, PUBLISHED, IMPORTED, SENTENCES, STATE, ASSIGNEE }

    /** The most searched text a person can type into the box; longer is cut. */
    public static final int MAX_SEARCH_LENGTH = 200;

    /** Every article, newest import first. */
    public static final ArticleListQuery NEWEST_FIRST = new ArticleListQuery(null, Sort.IMPORTED, true);

    public ArticleListQuery {
        sort = sort == null ? Sort.IMPORTED : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            search = search.substring(0, MAX_SEARCH_LENGTH);
        }
    }

    public static ArticleListQuery search(String search) {
        return new ArticleListQuery(search, Sort.IMPORTED, true);
    }

    public ArticleListQuery sortedBy(Sort newSort, boolean newDescending) {
        return new ArticleListQuery(search, newSort, newDescending);
    }
}
