package org.factdesk.article;

import org.factdesk.segmentation.BlockKind;

import java.time.Instant;
import java.util.List;

/**
 * An article as the reader shows it: its blocks in order, each with its sentences. {@code sourceUrl}
 * (where it was published) may be null; a block's {@code ordinal} is 1-based within the article.
 */
public record ArticleText(ArticleId id, String title, String sourceName, String sourceUrl, Instant importedAt, int paragraphCount,
                          int sentenceCount, List<Block> blocks) {

    public record Block(int ordinal, BlockKind kind, List<Sentence> sentences) {
    }

    public record Sentence(long id, int ordinal, String text) {
    }
}
