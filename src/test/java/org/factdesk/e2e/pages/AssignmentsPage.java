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

    /** Ticks the select-all checkbox in the selection column's header. */
    public AssignmentsPage selectAll() {
        Object clicked = grid().evaluate("""
                (grid) => {
                  const header = grid.shadowRoot.querySelector('thead tr');
                  const cell = [...header.querySelectorAll('th slot')]
                      .map((slot) => slot.assignedElements()[0]).filter(Boolean)[0];
                  const box = cell && cell.querySelector('vaadin-checkbox');
                  if (!box) return false;
                  box.click();
                  return true;
                }""");
        org.assertj.core.api.Assertions.assertThat(clicked).as("select-all checkbox found").isEqualTo(true);
        return this;
    }

    /** The titles of the rows in the order shown (the first 50 rendered). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> titlesInOrder() {
        return (java.util.List<String>) grid().evaluate("""
                (grid) => [...grid.shadowRoot.querySelectorAll('tbody tr')]
                    .filter((row) => !row.hidden && row.index !== undefined)
                    .sort((a, b) => a.index - b.index)
                    .map((row) => {
                      const link = [...row.querySelectorAll('td slot')]
                          .map((slot) => slot.assignedElements()[0]).filter(Boolean)
                          .map((cell) => cell.querySelector('a.fd-article-link')).find(Boolean);
                      return link ? link.textContent.trim() : null;
                    })
                    .filter(Boolean)""");
    }

    /** Whether the row whose title contains the text is selected (its checkbox ticked). */
    public boolean isSelected(String title) {
        return (Boolean) grid().evaluate("""
                (grid, title) => {
                  for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const contents = [...row.querySelectorAll('td slot')]
                        .map((slot) => slot.assignedElements()[0]).filter(Boolean);
                    if (contents.some((cell) => cell.textContent.includes(title))) {
                      return row.hasAttribute('selected');
                    }
                  }
                  return false;
                }""", title);
    }

    /** The text of the cell in the row whose title contains {@code title}, in the column at {@code column} (0 = checkbox). */
    public String cell(String title, int column) {
        return (String) grid().evaluate("""
                (grid, [title, column]) => {
                  for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const contents = [...row.querySelectorAll('td slot')]
                        .map((slot) => slot.assignedElements()[0]);
                    if (contents.some((cell) => cell && cell.textContent.includes(title))) {
                      return contents[column] ? contents[column].textContent.trim() : null;
                    }
                  }
                  return null;
                }""", java.util.List.of(title, column));
    }

    /** The sort header of the column with this header text. */
    public Locator sorter(String header) {
        return grid().locator("vaadin-grid-sorter", new Locator.LocatorOptions().setHasText(header));
    }

    public Locator button(String className) {
        return page.locator("vaadin-button." + className);
    }
}
