package org.factdesk.importing;

import org.factdesk.article.ArticleMetadata;

/**
 * What a person says about an import beside the input: metadata they typed (each field given wins over
 * what the file or page says) and the character encoding they chose in the preview (null: decide).
 */
public record ImportOptions(ArticleMetadata metadata, String encoding) {

    public static final ImportOptions NONE = new ImportOptions(ArticleMetadata.NONE, null);

    public ImportOptions {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        encoding = encoding == null || encoding.isBlank() ? null : encoding.strip();
    }
}
