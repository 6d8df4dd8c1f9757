package org.factdesk.importing;

import java.util.Set;

/**
 * One kind of file that FactDesk reads articles from. Every Spring bean of this type is a format:
 * {@link ArticleFormats} collects them and {@link ImportService} asks them, so adding a format
 * (HTML, Markdown, DOCX, ...) is adding one class.
 */
public interface ArticleFormat {

    /** A short name, e.g. {@code text}. */
    String id();

    /** The file name endings it reads, lower case without the dot, e.g. {@code txt}. */
    Set<String> fileExtensions();

    /** The media types it reads, lower case without parameters, e.g. {@code text/plain}. */
    Set<String> mediaTypes();

    /**
     * Reads a file's bytes into the article's blocks and what the file says about it.
     *
     * @throws IllegalArgumentException when the bytes are not a file of this format
     */
    ReadArticle read(byte[] content, ReadHints hints);
}
