package org.factdesk.article;

/** Database id of an article. */
public record ArticleId(long value) {

    public static ArticleId parse(String text) {
        try {
            long value = Long.parseLong(text);
            if (value <= 0) {
                throw new IllegalArgumentException("Not an article id: " + text);
            }
            return new ArticleId(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an article id: " + text, e);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
