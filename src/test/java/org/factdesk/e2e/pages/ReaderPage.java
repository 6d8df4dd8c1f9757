package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

    public Locator sentence(int ordinal) {
        return page.locator("fd-article-text [data-ordinal='" + ordinal + "']");
    }

    /** Presses keys one after another, as an editor types them (e.g. "j", "Shift+J", "Enter"). */
    public ReaderPage press(String... keys) {
        for (String key : keys) {
            page.keyboard().press(key);
        }
        return this;
    }

    public Locator panel() {
        return page.locator(".fd-panel");
    }

    public Locator panelNote() {
        return page.locator(".fd-panel-note textarea");
    }

    public Locator history() {
        return page.locator(".fd-history");
    }

    public Locator progressText() {
        return page.locator(".fd-progress-text");
    }

    /** "Saving…" in the toolbar, visible while a mark is pending. */
    public Locator saveState() {
        return page.locator(".fd-save-state");
    }

    public Locator notification() {
        return page.locator("vaadin-notification-card.fd-notification").last();
    }

    public void chooseVerdictInPanel(String label) {
        page.locator(".fd-panel-verdict vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).click();
    }

    public void addEvidenceUrl(String url) {
        page.locator(".fd-add-evidence").click();
        page.locator(".fd-evidence-url input").last().fill(url);
    }

    public void savePanel() {
        page.locator(".fd-panel-save").click();
    }

    /** Picks a filter in the toolbar's select. */
    public void chooseFilter(String label) {
        Locator select = page.locator("vaadin-select.fd-filter");
        Selects.choose(select, select.locator("vaadin-select-item", new Locator.LocatorOptions().setHasText(label)));
    }

    public Locator title() {
        return page.locator("h1.fd-reader-title");
    }
}
