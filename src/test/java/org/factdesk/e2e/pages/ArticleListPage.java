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

    public ReaderPage open(String title) {
        page.locator("a.fd-article-link", new Page.LocatorOptions().setHasText(title)).first().click();
        ReaderPage reader = new ReaderPage(page);
        reader.waitUntilRendered();
        return reader;
    }
}
