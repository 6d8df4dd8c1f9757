package org.factdesk.common.ui;

/**
 * Offers the exports of one article. The report feature implements it; views of the features it
 * builds on (reader, assignments) open it through this interface, so they need not depend on it.
 */
public interface ArticleExportDialog {

    void open(long articleId, String articleTitle);
}
