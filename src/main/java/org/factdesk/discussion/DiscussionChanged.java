package org.factdesk.discussion;

import org.factdesk.article.ArticleId;

/**
 * Published when a comment of the article was written, changed, deleted, or its thread resolved or
 * reopened (listen after commit): open readers of the article show it. {@code sentenceId} is null
 * for the article's own thread; {@code discussion} is the sentence's state after the change.
 */
public record DiscussionChanged(ArticleId articleId, Long sentenceId, SentenceDiscussion discussion,
                                String byUsername) {
}
