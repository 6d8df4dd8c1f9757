package org.factdesk.importing;

import org.factdesk.article.ArticleId;

/**
 * What a new version does to an article's sentences (ADR 0029): of the old version's sentences how many stay
 * unchanged, change in wording (verdict carried, to confirm), change in substance (reviewed again) or are
 * removed, and how many sentences are new.
 *
 * @param previous the version it replaces
 * @param title    the replaced version's title
 * @param number   the new version's number
 * @param article  the new version's article once imported; null for a preview
 */
public record VersionComparison(ArticleId previous, String title, int number, int unchanged, int changed,
                                int substance, int added, int removed, ArticleId article) {

    /** Whether the new text leaves every sentence as it was (only possible when white space or typography changed). */
    public boolean noChange() {
        return changed == 0 && substance == 0 && added == 0 && removed == 0;
    }
}
