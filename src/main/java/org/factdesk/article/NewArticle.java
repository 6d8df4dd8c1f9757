package org.factdesk.article;

/**
 * An article to store: the service splits its text into blocks and sentences.
 *
 * @param sourceName where the text came from, as a person recognises it (a file name, a web address)
 * @param metadata   its title (required) and publication details
 * @param sourceText the blocks, one per line
 */
public record NewArticle(String sourceName, ArticleMetadata metadata, String sourceText) {

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
