package org.factdesk.importing;

import org.factdesk.article.ArticleId;

/**
 * An article an import can become the new version of: its newest version's article, title and number, and
 * why it was proposed ({@code matchedBy}: null when a person picked it).
 */
public record VersionTarget(ArticleId articleId, String title, int number, MatchedBy matchedBy) {

    /** Why an ordinary import looks like a new version of this article. */
    public enum MatchedBy { SOURCE_URL, TITLE }

    public VersionTarget withMatch(MatchedBy match) {
        return new VersionTarget(articleId, title, number, match);
    }
}
