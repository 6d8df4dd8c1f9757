package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The import view: paste, upload and web address tabs, and the preview each shows. */
public class ImportPage {

    private final Page page;

    public ImportPage(Page page) {
        this.page = page;
    }

    public ImportPage open() {
        page.navigate("import");
        assertThat(page.locator("vaadin-tabsheet.fd-import-tabs")).isVisible();
        return this;
    }

    public ImportPage tab(String className) {
        page.locator("vaadin-tab.fd-import-tab-" + className).click();
        return this;
    }

    // --- paste ---

    public ImportPage pasteText(String text) {
        page.locator(".fd-paste-text textarea").fill(text);
        return this;
    }

    public ImportPage field(String className, String value) {
        page.locator(".fd-paste-" + className + " input").fill(value);
        return this;
    }

    public void previewPaste() {
        page.locator(".fd-paste-preview").click();
    }

    public void importPaste() {
        page.locator(".fd-paste-import").click();
    }

    /** The preview shown in the visible tab. */
    public Locator preview() {
        return page.locator(".fd-preview:visible").first();
    }

    public Locator previewTitle() {
        return preview().locator(".fd-preview-title");
    }

    public Locator previewSentences() {
        return preview().locator(".fd-preview-sentence");
    }

    // --- upload ---

    public ImportPage upload(FilePayload... files) {
        page.locator("vaadin-upload.fd-upload-files input[type='file']").setInputFiles(files);
        return this;
    }

    public Locator uploadRows() {
        return page.locator(".fd-upload-row");
    }

    public Locator uploadRow(String fileName) {
        return page.locator(".fd-upload-row", new Page.LocatorOptions().setHas(
                page.locator(".fd-upload-name", new Page.LocatorOptions().setHasText(fileName))));
    }

    public void importUploads() {
        page.locator(".fd-upload-import").click();
    }

    // --- web ---

    public ImportPage address(String address) {
        page.locator(".fd-web-address input").fill(address);
        return this;
    }

    public void previewWeb() {
        page.locator(".fd-web-preview").click();
    }

    public void importWeb() {
        page.locator(".fd-web-import").click();
    }

    public Locator webError() {
        return page.locator(".fd-web-error");
    }
}
