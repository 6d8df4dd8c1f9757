package org.factdesk.article;

import org.factdesk.segmentation.BlockKind;

import java.time.Instant;
import java.util.List;

/** An article as the reader shows it: its blocks in order, each with its sentences. */
public record ArticleText(ArticleId id, String title, String sourceName, Instant importedAt, int paragraphCount,
                          int sentenceCount, List<Block> blocks) {

    public record Block(BlockKind kind, List<Sentence> sentences) {
    }

    public record Sentence(long id, int ordinal, String text) {
    }
}
