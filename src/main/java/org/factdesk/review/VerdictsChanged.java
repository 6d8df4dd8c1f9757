package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.util.List;

/** Published when verdicts were stored (listen after commit), so other open readers can update. */
public record VerdictsChanged(ArticleId articleId, List<SentenceVerdict> changed, String byUsername) {
}
