package org.factdesk.article;

import java.util.List;

/**
 * Published after a new article and its sentences were stored, inside the storing transaction.
 *
 * @param layouts per stored block, how it sat on its page (HTML sources; empty otherwise): the import-time analyses
 *                read it, nothing stores it (ADR 24)
 */
public record ArticleImported(ArticleId articleId, String title, int sentenceCount, List<BlockLayout> layouts) {

    public ArticleImported {
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
    }

    public ArticleImported(ArticleId articleId, String title, int sentenceCount) {
        this(articleId, title, sentenceCount, List.of());
    }
}
