package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.List;

/** The article reader; its sentence elements carry data-sentence-id and data-ordinal. */
public class ReaderPage {

    private final Page page;

    public ReaderPage(Page page) {
        this.page = page;
    }

    public ReaderPage waitUntilRendered() {
        page.locator("fd-article-text[data-state='ready']").waitFor();
        return this;
    }

    public Locator sentences() {
        return page.locator("fd-article-text [data-sentence-id]");
    }

    public List<String> sentenceTexts() {
        return sentences().allTextContents();
    }

    public String meta() {
        return page.locator(".fd-reader-meta").textContent();
    }

    public Locator title() {
        return page.locator("h1.fd-reader-title");
    }
}
