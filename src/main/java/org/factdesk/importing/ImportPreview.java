package org.factdesk.importing;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.BlockLayout;
import org.factdesk.article.StoredArticle;
import org.factdesk.segmentation.TextBlock;

import java.util.List;
import java.util.Optional;

/**
 * What an import would store, before anything is stored: the article's metadata (file's and typed,
 * title derived where none), its blocks split into sentences, the encoding used and what to warn about.
 *
 * @param sourceName            the file name or web address, as the article will name its source
 * @param formatId              the {@link ArticleFormat#id()} that read it
 * @param text                  the blocks, one per line, as they would be stored
 * @param encoding              the character encoding the text was decoded with, or null (DOCX, ODT, PDF)
 * @param replacementCharacters how many U+FFFD the text holds (bytes the encoding could not decode)
 * @param alreadyThere          the stored article with the same text, if any (importing answers with it)
 * @param layouts               per block, how it sat on its page (HTML; else empty), for the import-time analyses
 */
public record ImportPreview(String sourceName, String formatId, ArticleMetadata metadata, String text,
                            List<TextBlock> blocks, String encoding, int replacementCharacters,
                            Optional<StoredArticle> alreadyThere, List<BlockLayout> layouts) {

    public ImportPreview {
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
    }

    public ImportPreview(String sourceName, String formatId, ArticleMetadata metadata, String text,
                         List<TextBlock> blocks, String encoding, int replacementCharacters,
                         Optional<StoredArticle> alreadyThere) {
        this(sourceName, formatId, metadata, text, blocks, encoding, replacementCharacters, alreadyThere, List.of());
    }

    public int sentenceCount() {
        return blocks.stream().mapToInt(block -> block.sentences().size()).sum();
    }
}
