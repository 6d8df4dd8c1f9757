package org.factdesk.importing;

import org.factdesk.article.ArticleId;

import java.util.List;
import java.util.Optional;

/**
 * Importing what an import read as the new version of an article already stored (ADR 0029). The revision
 * feature, which builds on this one, implements it; the import view and the import command reach it through
 * this interface, so that importing needs no dependency on revision. Every method is for leads and admins
 * (the implementation checks the role) and works on the newest version of an article only.
 */
public interface NewVersionImport {

    /** Newest versions whose title contains every word of {@code search} (blank: all), newest first. */
    List<VersionTarget> targets(String search, int offset, int limit);

    /**
     * The newest version of an article this import looks like a new version of: the same source address
     * (scheme and host case, a trailing slash, {@code utm_*} parameters and the fragment aside), else the
     * same title (folded); empty when none, or when the text is that article's already.
     */
    Optional<VersionTarget> candidateFor(ImportPreview preview);

    /**
     * What importing the preview as the new version of {@code article} would do, sentence by sentence;
     * nothing is stored.
     *
     * @throws org.factdesk.common.InvalidInputException (with the reason) for an unknown or superseded article,
     *                                                   or a text that is this article's or another's already
     */
    VersionComparison compare(ArticleId article, ImportPreview preview);

    /** Imports the preview as the new version of {@code article}; refused as {@link #compare} is. */
    VersionComparison importAsNewVersion(ArticleId article, ImportPreview preview);
}
