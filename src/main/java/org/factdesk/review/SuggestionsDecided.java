package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.util.List;

/**
 * Published when suggestions were accepted or dismissed, in that transaction (listen after commit): none of
 * these sentences has an open suggestion any more, so other open readers stop offering them (ADR 0038: on
 * the other nodes too). The verdicts an acceptance set travel as {@link VerdictsChanged}.
 */
public record SuggestionsDecided(ArticleId articleId, List<Long> sentenceIds) {

    public SuggestionsDecided {
        sentenceIds = List.copyOf(sentenceIds);
    }
}
