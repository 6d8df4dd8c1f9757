package org.factdesk.assist.internal;

import org.factdesk.article.ArticleText;
import org.factdesk.article.BlockLayout;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Something assist derives from an article's text and stores (its assessments, its claim keys, its figures).
 * Done once per article; {@link ArticleAnalyses} reads the text once and hands it to every analysis.
 */
public interface ArticleAnalysis {

    /** Analyses and stores the article unless that was done already; true when it was done now. */
    boolean analyse(ArticleText text);

    /**
     * As {@link #analyse(ArticleText)}, with the blocks' page layout the import read (HTML; empty otherwise). Only
     * on import: the layout is not stored, so the start-up pass over older articles has none (ADR 24).
     */
    default boolean analyse(ArticleText text, List<BlockLayout> layouts) {
        return analyse(text);
    }

    /**
     * True when the reader needs the result the moment the article opens (its suggestions): done in the import's
     * transaction. False for the indexes other articles' look-ups read: built after the import commits
     * ({@link LookUpIndexing}).
     */
    default boolean partOfImport() {
        return true;
    }

    /** Those of the articles (ids) that were analysed already: the start-up pass skips them without reading. */
    Set<Long> analysed(Collection<Long> articleIds);
}
