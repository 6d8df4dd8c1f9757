package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The article list (start page after sign-in). */
public class ArticleListPage {

    private final Page page;

    public ArticleListPage(Page page) {
        this.page = page;
    }

    public Locator grid() {
        return page.locator("vaadin-grid.fd-article-grid");
    }

    public Locator articleLinks() {
        return page.locator("a.fd-article-link");
    }

    /** The links of the rows the grid shows (it keeps rows it no longer needs, hidden, after a search). */
    public Locator visibleArticleLinks() {
        return page.locator("a.fd-article-link:visible");
    }

    public Locator searchField() {
        return page.locator("vaadin-text-field.fd-article-search input");
    }

    /** Types into the search box; the grid reloads after a short pause (lazy value change). */
    public void search(String text) {
        searchField().fill(text);
    }

    /** Clicks a column's sorter (once: ascending, twice: descending). */
    public void sortBy(String header) {
        page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter",
                new Page.LocatorOptions().setHasText(header)).click();
    }

    public ReaderPage open(String title) {
        page.locator("a.fd-article-link", new Page.LocatorOptions().setHasText(title)).first().click();
        ReaderPage reader = new ReaderPage(page);
        reader.waitUntilRendered();
        return reader;
    }
}
