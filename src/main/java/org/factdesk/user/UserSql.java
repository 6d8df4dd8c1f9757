package org.factdesk.user;

/**
 * The SQL other features may embed to name the user behind an id column, where one query for a
 * page of rows (verdicts, history, assignments) is worth keeping. The user feature owns the
 * {@code user_account} table: this is the only place outside it that spells it, so the owner keeps
 * the join right when the table changes. The joined alias offers {@code username} and
 * {@code display_name}, nothing else.
 */
public final class UserSql {

    private UserSql() {
    }

    /** {@code join} of the user whose id is in {@code idColumn}, as {@code alias}: for columns that are never null. */
    public static String join(String alias, String idColumn) {
        return "join user_account " + alias + " on " + alias + ".id = " + idColumn;
    }

    /** {@code left join} of the user whose id is in {@code idColumn}, as {@code alias}: for columns that may be null. */
    public static String leftJoin(String alias, String idColumn) {
        return "left " + join(alias, idColumn);
    }
}
