package org.factdesk.article;

import java.util.Set;

/**
 * The versions of an article's document (ADR 0029): implemented by the revision feature, which owns them, for
 * the features below it that look across articles and must not take an article's earlier or later version
 * for another article (the repeated-claim and differing-figure look-ups of the assistance).
 */
public interface DocumentVersions {

    /** The article ids of every version of the article's document, its own included (only it, with no other). */
    Set<ArticleId> allVersionsOf(ArticleId articleId);

    /**
     * An SQL condition true when the article whose id is in {@code articleIdColumn} is the newest version of its
     * document (no version replaced it): a look-up across articles shows another document once, as it is now, not
     * beside the versions it superseded. Answered through an index (one probe per row), so a bounded read of the
     * caller's index stays bounded.
     */
    String newestVersionCondition(String articleIdColumn);

    /** Every article is a document of one version: for contexts without the revision feature. */
    DocumentVersions NONE = new DocumentVersions() {
        @Override
        public Set<ArticleId> allVersionsOf(ArticleId articleId) {
            return Set.of(articleId);
        }

        @Override
        public String newestVersionCondition(String articleIdColumn) {
            return "1 = 1";
        }
    };
}
