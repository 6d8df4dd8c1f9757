package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Picking an item of a vaadin-select: open it, click the item. */
public final class Selects {

    private Selects() {
    }

    /**
     * Opens the select through its {@code opened} property, then clicks the item. A click on a select
     * that had just closed was seen not to open it again (or to close it at once), flakily.
     */
    public static void choose(Locator select, Locator item) {
        assertThat(select).not().hasAttribute("opened", "");
        select.evaluate("select => select.opened = true");
        assertThat(select).hasAttribute("opened", "");
        item.click();
        assertThat(select).not().hasAttribute("opened", "");
    }
}
