package org.factdesk.article;

/** An article to store: the service splits its text into blocks and sentences. */
public record NewArticle(String title, String sourceName, String sourceUrl, String sourceText) {
}
