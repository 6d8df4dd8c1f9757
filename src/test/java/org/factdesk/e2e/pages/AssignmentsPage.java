package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The team lead's assignment grid. */
public class AssignmentsPage {

    private final Page page;

    public AssignmentsPage(Page page) {
        this.page = page;
    }

    public AssignmentsPage open() {
        page.navigate("assignments");
        assertThat(grid()).isVisible();
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid.fd-assignment-grid");
    }

    /** Ticks the selection checkbox of the grid row whose title contains the text. */
    public AssignmentsPage selectRow(String title) {
        assertThat(grid()).containsText(title);
        Object clicked = grid().evaluate("""
                (grid, title) => {
                  for (const row of grid.shadowRoot.querySelectorAll('tr')) {
                    const contents = [...row.querySelectorAll('td slot')]
                        .map((slot) => slot.assignedElements()[0]).filter(Boolean);
                    if (contents.some((cell) => cell.textContent.includes(title))) {
                      contents[0].querySelector('vaadin-checkbox').click();
                      return true;
                    }
                  }
                  return false;
                }""", title);
        org.assertj.core.api.Assertions.assertThat(clicked).as("row '%s' found", title).isEqualTo(true);
        return this;
    }
}
