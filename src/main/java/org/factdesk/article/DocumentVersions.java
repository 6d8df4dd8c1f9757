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

    /** Every article is a document of one version: for contexts without the revision feature. */
    DocumentVersions NONE = Set::of;
}
