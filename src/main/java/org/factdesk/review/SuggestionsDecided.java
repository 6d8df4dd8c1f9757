package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.util.List;

/**
 * Published when suggestions were accepted or dismissed, or an undo opened them again (a redo accepted them
 * again), in that transaction (listen after commit): open readers read these sentences' suggestion state and
 * offer or stop offering them (ADR 0038: on the other nodes too). The verdicts travel as {@link VerdictsChanged}.
 */
public record SuggestionsDecided(ArticleId articleId, List<Long> sentenceIds) {

    public SuggestionsDecided {
        sentenceIds = List.copyOf(sentenceIds);
    }
}
