package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.util.List;

/**
 * Verdicts a new version of an article carried over from a sentence whose wording changed, still to be
 * confirmed (ADR 0029): submitting waits for them. Implemented by the revision feature, which records the
 * carrying; assignment must not depend on it (it builds on assignment).
 */
public interface UnconfirmedVerdicts {

    /** The article's sentences with a carried verdict still to confirm, in reading order (none: nothing to wait for). */
    List<ReviewCompleteness.SentenceRef> unconfirmed(ArticleId articleId);
}
