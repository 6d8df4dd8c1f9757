package org.factdesk.importing;

/**
 * An article as a format read it: its blocks and the metadata the file carries.
 *
 * @param text      the blocks, one per line, as segmentation takes them: a heading, a paragraph, or a
 *                  bullet item marked with "- " (see {@code org.factdesk.segmentation.GermanSentenceSplitter#segment})
 * @param title     the title the file names (an HTML {@code <title>}, a DOCX property), or null to take the first line
 * @param sourceUrl where the article was published, or null
 */
public record ReadArticle(String text, String title, String sourceUrl) {
}
