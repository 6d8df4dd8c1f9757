package org.factdesk.importing;

import org.factdesk.article.ArticleMetadata;

/**
 * What a person says about an import beside the input: metadata they typed (each field given wins over
 * what the file or page says) and the character encoding they chose in the preview (null: decide).
 *
 * @param via how the article came when not through the import view, e.g. {@code API · CMS} (null: the view or
 *            the command line): the article names it as its source, instead of "pasted text", before a
 *            file's name
 */
public record ImportOptions(ArticleMetadata metadata, String encoding, String via) {

    public static final ImportOptions NONE = new ImportOptions(ArticleMetadata.NONE, null);

    public ImportOptions {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        encoding = encoding == null || encoding.isBlank() ? null : encoding.strip();
        via = via == null || via.isBlank() ? null : via.strip();
        if (via != null && (via.length() > 200 || via.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("Not a name of where an import came from: " + via);
        }
    }

    public ImportOptions(ArticleMetadata metadata, String encoding) {
        this(metadata, encoding, null);
    }
}
