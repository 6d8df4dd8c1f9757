package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The assistance as the detectors give it, end to end: seed 004 comes with its stock-tip funnels suggested
 * promotional (exactly the gold labels), the lead accepts the last funnel with one key, and the dashboard
 * counts the accepted suggestions for the promotional detector. Own database: it changes a seed article.
 */
@TestPropertySource(properties = "factdesk.test.database=assist-journey")
class AssistJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";
    /** labels.tsv's promotional sentences of seed 004. */
    private static final List<Integer> GOLD_PROMOTIONAL = List.of(14, 15, 24, 25, 26, 27, 28, 29, 30);

    @Test
    void the_detectors_suggestions_are_accepted_with_a_and_counted_on_the_dashboard() {
        new LoginPage(page).signInAs("lead", "lead");
        ReaderPage reader = new ArticleListPage(page).open(SEED_004);

        Locator suggested = page.locator("fd-article-text [data-suggestion='promotional']");
        assertThat(suggested).hasCount(GOLD_PROMOTIONAL.size());
        for (int ordinal : GOLD_PROMOTIONAL) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-suggestion", "promotional");
        }
        // an editorial sentence with figures is check-worthy, the funnel's question is not
        assertThat(reader.sentence(6)).hasAttribute("data-checkworthiness", Pattern.compile("0\\.[5-9]\\d|1\\.00"));
        assertThat(reader.sentence(27)).hasAttribute("data-checkworthiness", Pattern.compile("0\\.[0-4]\\d"));
        reader.sentence(27).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("assist-reader-004.png")));

        reader.sentence(26).click();
        reader.press("a");
        IntStream.rangeClosed(24, 30).forEach(ordinal -> {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
            assertThat(reader.sentence(ordinal)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
        });
        assertThat(reader.sentence(14)).hasAttribute("data-suggestion", "promotional"); // another block
        assertThat(reader.sentence(23)).hasAttribute("data-verdict", "");

        page.navigate(url("dashboard"));
        Locator grid = page.locator("vaadin-grid.fd-suggestion-grid");
        assertThat(grid).containsText("Promotional text");
        // the cells of the promotional row: detector, open, accepted, dismissed, accepted share
        Locator cells = grid.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Promotional text"))).hasCount(1);
        List<String> texts = cells.allTextContents().stream().map(String::strip).toList();
        int at = texts.indexOf("Promotional text");
        org.assertj.core.api.Assertions.assertThat(texts.subList(at, at + 5))
                .containsExactly("Promotional text", "6", "7", "0", "100%"); // 13 on the seeds (000: 4, 004: 9)
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("assist-dashboard.png")));
    }
}
