package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Editors review only articles assigned to them: each journey first has the lead assign its article. */
class ReviewJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";
    private static final String SEED_003 = "Die technologische Landschaft";
    private static final String SEED_OPENAI = "OpenAI wertet Microsoft ab";

    @Autowired
    ArticleService articleService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void editor_reviews_seed_004_with_the_keyboard_and_everything_survives_a_reload() {
        assignTo("editor", SEED_004);
        new LoginPage(page).signInAs("editor", "editor");
        ReaderPage reader = new ArticleListPage(page).open(SEED_004);
        assertThat(reader.sentence(1)).hasAttribute("data-verdict", "");

        // The promotional teaser block, sentences 24–30, as one range: j to 24, Shift+j to 30, p.
        for (int i = 0; i < 24; i++) {
            reader.press("j");
        }
        assertThat(reader.sentence(24)).hasClass(Pattern.compile("fd-focus"));
        for (int i = 0; i < 6; i++) {
            reader.press("Shift+J");
        }
        reader.press("p");
        for (int ordinal = 24; ordinal <= 30; ordinal++) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
        }
        assertThat(reader.sentence(23)).hasAttribute("data-verdict", "");
        // 30 sentences; the headings 4, 9, 12 and 20 count only once they have a verdict (HeadingVerdictsIT).
        assertThat(reader.progressText()).hasText("7 of 26 reviewed");
        // The counts per verdict follow each mark (the reader changes only those that changed).
        assertThat(page.locator(".fd-count[data-verdict='promotional']")).hasText(Pattern.compile("promotional 7$"));
        assertThat(page.locator(".fd-count[data-verdict='verified']")).hasText(Pattern.compile("verified 0$"));

        // Sentence 1 disputed: d without a note opens the panel with "disputed" chosen; write the note, Ctrl+Enter.
        reader.sentence(1).click();
        reader.press("d");
        assertThat(reader.panel()).isVisible();
        assertThat(reader.notification()).containsText("without a note");
        reader.panelNote().fill("Die Summe stimmt nicht: Microsoft nannte 80 Mrd. Dollar für das Geschäftsjahr, nicht für 2025.");
        reader.press("Control+Enter");
        assertThat(reader.sentence(1)).hasAttribute("data-verdict", "disputed");
        assertThat(page.locator(".fd-count[data-verdict='disputed']")).hasText(Pattern.compile("disputed 1$"));
        assertThat(page.locator(".fd-count[data-verdict='promotional']")).hasText(Pattern.compile("promotional 7$"));

        // Sentence 2 verified with an evidence URL, from the keyboard: Esc, j, Enter.
        reader.panelNote().press("Escape");
        assertThat(reader.panel()).isHidden();
        reader.press("j", "Enter");
        assertThat(reader.panel()).containsText("Sentence 2");
        reader.chooseVerdictInPanel("verified");
        reader.addEvidenceUrl("https://news.microsoft.com/source/2025/01/03/the-golden-opportunity-for-american-ai/");
        reader.savePanel();
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");
        assertThat(reader.history()).containsText("Eva Editor");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-004.png")));

        page.reload();
        reader.waitUntilRendered();
        assertThat(reader.sentence(1)).hasAttribute("data-verdict", "disputed");
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");
        for (int ordinal = 24; ordinal <= 30; ordinal++) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
        }
        assertThat(reader.sentence(3)).hasAttribute("data-verdict", "");
        assertThat(reader.progressText()).hasText("9 of 26 reviewed");

        reader.sentence(1).click();
        reader.press("Enter");
        assertThat(reader.history()).containsText("unreviewed → ✗ disputed");
        assertThat(reader.history()).containsText("Die Summe stimmt nicht");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-004-history.png")));
    }

    @Test
    void two_reviewers_see_each_others_changes_and_a_simultaneous_change_is_refused_not_lost() {
        // The assigned editor and the lead, who may review any article that is not approved.
        assignTo("editor", SEED_003);
        BrowserContext secondContext = newContext("en-US");
        try {
            new LoginPage(page).signInAs("editor", "editor");
            ReaderPage first = new ArticleListPage(page).open(SEED_003);
            Page secondPage = secondContext.newPage();
            new LoginPage(secondPage).signInAs("lead", "lead");
            ReaderPage second = new ArticleListPage(secondPage).open(SEED_003);

            // A change in one browser appears in the other without reload (server push).
            first.sentence(3).click();
            first.press("n");
            assertThat(first.sentence(3)).hasAttribute("data-verdict", "no-claim");
            assertThat(second.sentence(3)).hasAttribute("data-verdict", "no-claim");

            // Both open sentence 5 before either saves; the later save is refused with who set what.
            first.sentence(5).click();
            first.press("Enter");
            second.sentence(5).click();
            second.press("Enter");
            assertThat(first.panel()).containsText("Sentence 5");
            assertThat(second.panel()).containsText("Sentence 5");

            first.chooseVerdictInPanel("promotional");
            first.savePanel();
            assertThat(first.sentence(5)).hasAttribute("data-verdict", "promotional");

            second.chooseVerdictInPanel("no claim");
            second.savePanel();
            assertThat(secondPage.locator(".fd-panel-error")).containsText("Eva Editor");
            assertThat(secondPage.locator(".fd-panel-error")).containsText("promotional");
            assertThat(second.sentence(5)).hasAttribute("data-verdict", "promotional");
            secondPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-conflict.png")));

            // Nothing was lost or overwritten: both see the accepted change, once, in the history.
            secondPage.reload();
            second.waitUntilRendered();
            assertThat(second.sentence(5)).hasAttribute("data-verdict", "promotional");
            second.sentence(5).click();
            second.press("Enter");
            assertThat(second.history().locator(".fd-history-entry")).hasCount(1);
            assertThat(second.history()).containsText("Eva Editor");
        } finally {
            secondContext.close();
        }
    }

    @Test
    void shortcut_sheet_filter_and_next_unreviewed_work_from_the_keyboard() {
        assignTo("editor2", SEED_OPENAI);
        new LoginPage(page).signInAs("editor2", "editor2");
        ReaderPage reader = new ArticleListPage(page).open(SEED_OPENAI);

        reader.press("?");
        assertThat(page.locator(".fd-shortcut-table")).isVisible();
        assertThat(page.locator(".fd-shortcut-table")).containsText("Next unreviewed sentence");
        page.keyboard().press("Escape");
        assertThat(page.locator(".fd-shortcut-table")).isHidden();

        // j j n marks sentence 2; from sentence 1, Space jumps over it to the next unreviewed one.
        reader.press("j", "j", "n", "k", "Space");
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "no-claim");
        assertThat(reader.sentence(3)).hasClass(Pattern.compile("fd-focus"));
        reader.press("n", "u");
        assertThat(reader.sentence(3)).hasAttribute("data-verdict", "");

        reader.chooseFilter("No claim");
        assertThat(reader.sentence(2)).isVisible();
        assertThat(reader.sentence(1)).isHidden();
        reader.chooseFilter("Unreviewed");
        assertThat(reader.sentence(2)).isHidden();
        assertThat(reader.sentence(1)).isVisible();
    }

    @Test
    void a_link_to_a_sentence_opens_the_reader_at_that_sentence() {
        new LoginPage(page).signInAs("lead", "lead");

        // The address a ClaimReview export publishes for sentence 25 of seed 004.
        page.navigate("article/" + seedId(SEED_004).value() + "#sentence-25");

        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(reader.sentence(25)).hasClass(Pattern.compile("fd-selected"));
        assertThat(reader.sentence(25)).isInViewport();
        assertThat(reader.sentence(1)).not().hasClass(Pattern.compile("fd-selected"));
        reader.press("j");
        assertThat(reader.sentence(26)).hasClass(Pattern.compile("fd-focus"));
    }

    private ArticleId seedId(String title) {
        return SystemAuthentication.runAsSystem(() -> articleService.list(0, 100)).stream()
                .filter(item -> item.title().startsWith(title)).map(ArticleListItem::id).findFirst().orElseThrow();
    }

    /** The lead assigns the seed article whose title starts with {@code title} to the user. */
    private void assignTo(String username, String title) {
        ArticleId article = seedId(title);
        UserId editorId = SignedInAs.user(userDetailsService, username).id();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
    }

    @Test
    void reader_speaks_german_to_a_german_browser_and_tells_its_local_time() {
        // An editor in Berlin and a server elsewhere (here: on UTC): times are shown in the browser's zone.
        // Should the server run on Berlin time, the browser is put in New York, so the test still tells.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = Instant.now();
        ZoneId browserZone = berlin.getRules().getOffset(now).equals(ZoneId.systemDefault().getRules().getOffset(now))
                ? ZoneId.of("America/New_York") : berlin;
        BrowserContext german = newContext("de-DE", browserZone.getId());
        try {
            Page germanPage = german.newPage();
            new LoginPage(germanPage).signInAs("lead", "lead");
            ReaderPage reader = new ArticleListPage(germanPage).open(SEED_003);
            assertThat(reader.progressText()).containsText("geprüft");
            Instant imported = SystemAuthentication.runAsSystem(() -> articleService.list(0, 100)).stream()
                    .filter(item -> item.title().startsWith(SEED_003)).findFirst().orElseThrow().importedAt();
            assertThat(germanPage.locator(".fd-reader-meta")).containsText("importiert " + DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.GERMANY)
                    .withZone(browserZone).format(imported));
            assertThat(germanPage.locator(".fd-counts")).containsText("✗ strittig");
            reader.sentence(1).click();
            reader.press("Enter");
            assertThat(reader.panel()).containsText("Satz 1");
            assertThat(reader.panel()).containsText("Beleg hinzufügen");
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-de.png")));

            // A refusal is said in German too: "disputed" without a note.
            reader.panelNote().press("Escape");
            assertThat(reader.panel()).isHidden();
            reader.press("d");
            assertThat(reader.notification()).containsText("Satz 1: ohne Notiz nicht als strittig markierbar.");
            reader.notification().evaluate("card => Promise.all(card.getAnimations({ subtree: true }).map(a => a.finished))");
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-de-refused.png")));
            assertThat(reader.sentence(1)).hasAttribute("data-verdict", "");
        } finally {
            german.close();
        }
    }

    @Test
    void verdicts_keep_colour_and_symbol_in_the_dark_scheme() {
        BrowserContext dark = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setLocale("en-US").setViewportSize(1280, 900)
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        try {
            Page darkPage = dark.newPage();
            new LoginPage(darkPage).signInAs("lead", "lead");
            ReaderPage reader = new ArticleListPage(darkPage).open("Der Milliarden-Deal zwischen OpenAI");
            reader.sentence(1).click();
            reader.press("n", "j", "p", "j", "Enter");
            reader.chooseVerdictInPanel("verified");
            reader.panelNote().fill("Bestätigt durch die Pressemitteilung.");
            reader.savePanel();
            assertThat(reader.sentence(3)).hasAttribute("data-verdict", "verified");

            String background = (String) darkPage.evaluate("() => getComputedStyle(document.body).backgroundColor");
            org.assertj.core.api.Assertions.assertThat(luminance(background)).as("dark page background %s", background)
                    .isLessThan(0.3);
            for (String[] expected : new String[][]{{"1", "–"}, {"2", "€"}, {"3", "✓"}}) {
                String marker = (String) darkPage.evaluate("n => getComputedStyle(document.querySelector("
                        + "`fd-article-text [data-ordinal='${n}']`), '::before').content", expected[0]);
                org.assertj.core.api.Assertions.assertThat(marker).contains(expected[1]);
            }
            darkPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-dark.png")));
        } finally {
            dark.close();
        }
    }

    /** Relative luminance (0 dark … 1 light) of a CSS rgb()/rgba() colour. */
    private static double luminance(String cssColor) {
        String[] parts = cssColor.replaceAll("[^0-9.,]", "").split(",");
        return (0.2126 * Double.parseDouble(parts[0]) + 0.7152 * Double.parseDouble(parts[1])
                + 0.0722 * Double.parseDouble(parts[2])) / 255;
    }
}
