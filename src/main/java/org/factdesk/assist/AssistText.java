package org.factdesk.assist;

import org.factdesk.article.ArticleText;
import org.factdesk.article.BlockLayout;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.segmentation.SentenceSpan;
import org.factdesk.segmentation.TextBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * What the detectors read: an article's blocks in order, each with its sentences (ordinals 1-based
 * over the article). The same for a stored article and for a file the {@code assist} command reads,
 * so both give the same suggestions.
 */
public record AssistText(List<Block> blocks) {

    public AssistText {
        blocks = List.copyOf(blocks);
    }

    /**
     * @param layout how the block sat on its page when the source had a layout (HTML): link share, box, ad
     *               markup; {@link BlockLayout#NONE} for plain text and for articles stored without one (ADR 24)
     */
    public record Block(int ordinal, BlockKind kind, List<Sentence> sentences, BlockLayout layout) {
        public Block {
            sentences = List.copyOf(sentences);
            layout = layout == null ? BlockLayout.NONE : layout;
        }

        public Block(int ordinal, BlockKind kind, List<Sentence> sentences) {
            this(ordinal, kind, sentences, BlockLayout.NONE);
        }

        /** The block's text: its sentences joined by a space. */
        public String text() {
            return String.join(" ", sentences.stream().map(Sentence::text).toList());
        }
    }

    public record Sentence(int ordinal, String text) {
    }

    /** A stored article's text. */
    public static AssistText of(ArticleText article) {
        return of(article, List.of());
    }

    /**
     * A stored article's text with its blocks' layouts (one per block, in order, as the import read them); a
     * list that does not fit the blocks is not used.
     */
    public static AssistText of(ArticleText article, List<BlockLayout> layouts) {
        List<BlockLayout> fitting = layouts != null && layouts.size() == article.blocks().size() ? layouts : List.of();
        List<Block> blocks = new ArrayList<>(article.blocks().size());
        for (ArticleText.Block block : article.blocks()) {
            blocks.add(new Block(block.ordinal(), block.kind(),
                    block.sentences().stream().map(s -> new Sentence(s.ordinal(), s.text())).toList(),
                    BlockLayout.of(fitting, blocks.size())));
        }
        return new AssistText(blocks);
    }

    /** A text split as an import would split it (sentences numbered from 1). */
    public static AssistText of(String text, List<TextBlock> split) {
        return of(text, split, List.of());
    }

    /**
     * A text split as an import would split it, with the layout of each of its non-blank lines (one block each,
     * see {@link org.factdesk.importing.ReadArticle#layouts()}); a list that does not fit the blocks is not used.
     */
    public static AssistText of(String text, List<TextBlock> split, List<BlockLayout> layouts) {
        List<BlockLayout> fitting = layouts != null && layouts.size() == split.size() ? layouts : List.of();
        List<Block> blocks = new ArrayList<>(split.size());
        int ordinal = 0;
        for (TextBlock block : split) {
            List<Sentence> sentences = new ArrayList<>(block.sentences().size());
            for (SentenceSpan span : block.sentences()) {
                sentences.add(new Sentence(++ordinal, text.substring(span.start(), span.end())));
            }
            blocks.add(new Block(blocks.size() + 1, block.kind(), sentences, BlockLayout.of(fitting, blocks.size())));
        }
        return new AssistText(blocks);
    }

    /** Every sentence in reading order. */
    public List<Sentence> sentences() {
        return blocks.stream().flatMap(block -> block.sentences().stream()).toList();
    }

    public int sentenceCount() {
        return blocks.stream().mapToInt(block -> block.sentences().size()).sum();
    }
}
