package org.factdesk.e2e;

import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding articles again: the list's search box and sortable columns, in Chromium, on the demo articles. */
class ArticleListJourneyIT extends BrowserJourney {

    @Test
    void an_editor_searches_the_demo_articles_and_sorts_them_by_title() {
        ArticleListPage list = new LoginPage(page).signInAs("editor", "editor");
        assertThat(list.visibleArticleLinks()).not().hasCount(0);
        int all = list.visibleArticleLinks().count();
        for (String header : List.of("Title", "Outlet", "Published", "State", "Assignee", "Sentences", "Imported at")) {
            assertThat(page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter",
                    new Page.LocatorOptions().setHasText(header))).hasCount(1);
        }

        list.search("Stargate");
        assertThat(list.visibleArticleLinks()).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article-list-search.png")));

        list.search("STARGATE");
        assertThat(list.visibleArticleLinks()).hasCount(2);

        list.search("gibt-es-nirgends-xyz");
        assertThat(list.visibleArticleLinks()).hasCount(0);
        assertThat(page.locator("vaadin-grid.fd-article-grid"))
                .containsText("No article contains \"gibt-es-nirgends-xyz\".");

        list.search("");
        assertThat(list.visibleArticleLinks()).hasCount(all);
        list.sortBy("Title");
        assertThat(page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter[direction='asc']"))
                .containsText("Title");
        List<String> ascending = list.visibleArticleLinks().allTextContents();
        List<String> expected = new ArrayList<>(ascending);
        Collator german = Collator.getInstance(Locale.GERMAN);
        german.setStrength(Collator.PRIMARY);
        expected.sort(german);
        assertThat(ascending).containsExactlyElementsOf(expected);

        list.sortBy("Title");
        assertThat(page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter[direction='desc']"))
                .containsText("Title");
        assertThat(list.visibleArticleLinks().first()).hasText(ascending.getLast());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article-list-sorted.png")));
    }

    @Test
    void the_list_speaks_german() {
        context.close();
        context = newContext("de-DE");
        page = context.newPage();
        new LoginPage(page).signInAs("editor", "editor");

        assertThat(page.locator("vaadin-text-field.fd-article-search label")).hasText("Suchen");
        assertThat(page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter",
                new Page.LocatorOptions().setHasText("Medium"))).hasCount(1);
        assertThat(page.locator("vaadin-grid.fd-article-grid vaadin-grid-sorter",
                new Page.LocatorOptions().setHasText("Zuständig"))).hasCount(1);
    }
}
