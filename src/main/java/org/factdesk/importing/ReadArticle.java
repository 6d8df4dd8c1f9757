package org.factdesk.importing;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.BlockLayout;

import java.util.List;

/**
 * An article as a format read it: its blocks and what the file says about it.
 *
 * @param text     the blocks, one per line, as segmentation takes them: a heading, a paragraph, or a
 *                 bullet item marked with "- " (see {@code org.factdesk.segmentation.GermanSentenceSplitter#segment})
 * @param metadata what the file names: its headline (an HTML {@code h1} or metadata, a Markdown {@code #},
 *                 a DOCX title), source URL, outlet, author, publication date; any field may be null (a
 *                 missing title is derived from the text)
 * @param encoding the character encoding the bytes were decoded with, as a person reads it (e.g.
 *                 {@code windows-1252}), or null for formats that define their own (DOCX, ODT, PDF)
 * @param layouts  per non-blank line of {@code text}, how it sat on the page (link share, box, ad markup), for
 *                 formats with a layout (HTML); empty when the format has none. Only the assistance reads it
 *                 (ADR 24); the stored text is the same with or without it
 */
public record ReadArticle(String text, ArticleMetadata metadata, String encoding, List<BlockLayout> layouts) {

    public ReadArticle {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
    }

    public ReadArticle(String text, ArticleMetadata metadata, String encoding) {
        this(text, metadata, encoding, List.of());
    }

    public ReadArticle(String text, String title, String sourceUrl) {
        this(text, new ArticleMetadata(title, sourceUrl, null, null, null), null);
    }

    public String title() {
        return metadata.title();
    }

    public String sourceUrl() {
        return metadata.sourceUrl();
    }
}
