package org.factdesk.article;

import org.factdesk.segmentation.BlockKind;

import java.time.Instant;
import java.util.List;

/**
 * An article as the reader shows it: its metadata and its blocks in order, each with its sentences.
 * A block's {@code ordinal} is 1-based within the article.
 */
public record ArticleText(ArticleId id, ArticleMetadata metadata, String sourceName, Instant importedAt,
                          int paragraphCount, int sentenceCount, List<Block> blocks) {

    public ArticleText(ArticleId id, String title, String sourceName, String sourceUrl, Instant importedAt,
                       int paragraphCount, int sentenceCount, List<Block> blocks) {
        this(id, new ArticleMetadata(title, sourceUrl, null, null, null), sourceName, importedAt, paragraphCount,
                sentenceCount, blocks);
    }

    public String title() {
        return metadata.title();
    }

    /** Where it was published, or null. */
    public String sourceUrl() {
        return metadata.sourceUrl();
    }

    public record Block(int ordinal, BlockKind kind, List<Sentence> sentences) {
    }

    public record Sentence(long id, int ordinal, String text) {
    }
}
