package org.factdesk.article;

import java.time.LocalDate;

/**
 * What is known about an article besides its text: its title and where, by whom and when it was
 * published. Every field but the title may be null; a stored article always has a title.
 *
 * @param title       the headline
 * @param sourceUrl   where it was published (http or https), e.g. a canonical link
 * @param outlet      the publication, e.g. "Tagesspiegel"
 * @param author      who wrote it, as the source names them
 * @param publishedOn the day of publication
 */
public record ArticleMetadata(String title, String sourceUrl, String outlet, String author, LocalDate publishedOn) {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_URL_LENGTH = 2000;

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);

    public ArticleMetadata {
        title = blankToNull(title);
        sourceUrl = blankToNull(sourceUrl);
        outlet = blankToNull(outlet);
        author = blankToNull(author);
    }

    public static ArticleMetadata titled(String title) {
        return new ArticleMetadata(title, null, null, null, null);
    }

    /** These fields, each replaced by {@code other}'s where {@code other} has one (what a person typed beats the file). */
    public ArticleMetadata overriddenBy(ArticleMetadata other) {
        if (other == null) {
            return this;
        }
        return new ArticleMetadata(
                other.title != null ? other.title : title,
                other.sourceUrl != null ? other.sourceUrl : sourceUrl,
                other.outlet != null ? other.outlet : outlet,
                other.author != null ? other.author : author,
                other.publishedOn != null ? other.publishedOn : publishedOn);
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, sourceUrl, outlet, author, publishedOn);
    }

    public ArticleMetadata withSourceUrl(String newSourceUrl) {
        return new ArticleMetadata(title, newSourceUrl, outlet, author, publishedOn);
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        // One line: titles and names come from files and pages that wrap them.
        String folded = value.replaceAll("\\s+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
