package org.factdesk.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a team lead applies to a selection of articles, and the states each applies to: the
 * toolbar enables a step only when it applies to something selected, and the service skips the rest
 * (naming them by title) instead of refusing the whole selection.
 */
public enum BulkAction {
    /** NEW articles get an editor; ASSIGNED or IN_REVIEW ones get another (after the lead confirms). */
    ASSIGN(EnumSet.of(ArticleState.NEW, ArticleState.ASSIGNED, ArticleState.IN_REVIEW)),
    UNASSIGN(EnumSet.of(ArticleState.ASSIGNED, ArticleState.IN_REVIEW)),
    APPROVE(EnumSet.of(ArticleState.SUBMITTED)),
    RETURN(EnumSet.of(ArticleState.SUBMITTED)),
    REOPEN(EnumSet.of(ArticleState.APPROVED));

    private final Set<ArticleState> appliesTo;

    BulkAction(Set<ArticleState> appliesTo) {
        this.appliesTo = appliesTo;
    }

    public boolean appliesTo(ArticleState state) {
        return appliesTo.contains(state);
    }

    /** The translation key prefix of the step's messages, e.g. {@code assignment.bulk.approve}. */
    String key() {
        return "assignment.bulk." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
