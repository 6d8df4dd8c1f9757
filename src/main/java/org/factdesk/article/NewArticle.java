package org.factdesk.article;

import java.util.List;

/**
 * An article to store: the service splits its text into blocks and sentences.
 *
 * @param sourceName where the text came from, as a person recognises it (a file name, a web address)
 * @param metadata   its title (required) and publication details
 * @param sourceText the blocks, one per line
 * @param layouts    per block (non-blank line), how it sat on its page when the source had a layout (HTML), else
 *                   empty; not stored: it rides on {@link ArticleImported} to the analyses run on import (ADR 24)
 */
public record NewArticle(String sourceName, ArticleMetadata metadata, String sourceText, List<BlockLayout> layouts) {

    public NewArticle {
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
    }

    public NewArticle(String sourceName, ArticleMetadata metadata, String sourceText) {
        this(sourceName, metadata, sourceText, List.of());
    }

    public NewArticle(String title, String sourceName, String sourceUrl, String sourceText) {
        this(sourceName, new ArticleMetadata(title, sourceUrl, null, null, null), sourceText);
    }

    public String title() {
        return metadata == null ? null : metadata.title();
    }

    public String sourceUrl() {
        return metadata == null ? null : metadata.sourceUrl();
    }
}
