package org.factdesk.article;

/**
 * The SQL other features may embed to show an article next to their own rows, where one query for
 * a page of rows (assignment grids) is worth keeping. The article feature owns the {@code article}
 * table: this is the only place outside it that spells it, so the owner keeps the join right when
 * the table changes. The joined alias offers {@code title} and {@code sentence_count}, nothing else.
 */
public final class ArticleSql {

    private ArticleSql() {
    }

    /** {@code join} of the article whose id is in {@code idColumn}, as {@code alias}. */
    public static String join(String alias, String idColumn) {
        return "join article " + alias + " on " + alias + ".id = " + idColumn;
    }
}
