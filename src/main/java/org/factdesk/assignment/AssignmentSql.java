package org.factdesk.assignment;

/**
 * The SQL other features may embed to keep to the current version of articles in their own aggregates (the
 * dashboard's counts), where one query is worth keeping. The assignment feature owns
 * {@code article_assignment}: this is the only place outside it that spells it (as {@code ArticleSql} does for
 * the article table).
 */
public final class AssignmentSql {

    private AssignmentSql() {
    }

    /**
     * A condition true when the article whose id is in {@code articleIdColumn} is not superseded by a newer
     * version (ADR 0029): true for every article without an assignment row too.
     */
    public static String notSuperseded(String articleIdColumn) {
        return "not exists (select 1 from article_assignment superseded where superseded.article_id = "
                + articleIdColumn + " and superseded.superseded_by is not null)";
    }
}
