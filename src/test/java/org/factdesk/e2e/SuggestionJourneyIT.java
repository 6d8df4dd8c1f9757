package org.factdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.assignment.Priority;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Suggestions in the reader: shown on their sentences, accepted (a whole suggested block at once) or
 * dismissed from the keyboard, seen live by another reader, kept over a reload, and "check-worthy
 * first" for the Space key. The suggestions are written into assist's table by the test (after
 * removing what the detectors found), so the journey does not depend on how good the detectors are.
 * It changes seed articles, so it runs on a database of its own.
 */
@TestPropertySource(properties = "factdesk.test.database=suggestion-journey")
class SuggestionJourneyIT extends BrowserJourney {

    private static final String SEED_000 = "Microsoft steckt Milliarden in KI-Schulungen";
    private static final String SEED_001 = "OpenAI wertet Microsoft ab";
    private static final String SEED_003 = "Die technologische Landschaft";
    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";
    private static final List<String> FUNNEL_REASONS = List.of("free-offer", "call-to-action");

    @Autowired
    ArticleService articleService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.factdesk.assignment.AssignmentService assignmentService;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

    @Test
    void lead_accepts_a_promotional_block_with_a_and_dismisses_a_no_claim_suggestion_with_x() {
        ArticleText article = seed(SEED_000);
        int noClaim = firstHeadingOrdinal(article);
        Assessments assessments = new Assessments(article);
        for (int ordinal = 29; ordinal <= 32; ordinal++) {
            assessments.suggest(ordinal, "PROMOTIONAL", FUNNEL_REASONS, 0.1);
        }
        assessments.suggest(noClaim, "NO_CLAIM", List.of("heading-without-claim"), 0);
        assessments.score(3, 0.74, List.of("figure", "attribution"));
        assessments.store();

        // Another reader of the same article sees the decisions live.
        BrowserContext otherContext = newContext("en-US");
        try {
            Page other = otherContext.newPage();
            new LoginPage(other).signInAs("admin", "admin");
            ReaderPage otherReader = new ArticleListPage(other).open(SEED_000);

            new LoginPage(page).signInAs("lead", "lead");
            ReaderPage reader = new ArticleListPage(page).open(SEED_000);
            assertThat(page.locator("fd-article-text [data-suggestion]")).hasCount(5);
            for (int ordinal = 29; ordinal <= 32; ordinal++) {
                assertThat(reader.sentence(ordinal)).hasAttribute("data-suggestion", "promotional");
                assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "");
            }
            assertThat(reader.sentence(noClaim)).hasAttribute("data-suggestion", "no-claim");
            assertThat(reader.sentence(3)).hasAttribute("data-checkworthiness", "0.74");
            assertThat(reader.sentence(29)).hasAttribute("data-checkworthiness", "0.10");
            assertThat(reader.sentence(1)).hasAttribute("data-checkworthiness", "0.00");
            assertThat(reader.sentences()).hasCount(article.sentenceCount());
            // Looks unlike a verdict: a dashed outline, and the suggested verdict's symbol after the number.
            assertThat(reader.sentence(30)).hasCSS("outline-style", "dashed");
            org.assertj.core.api.Assertions.assertThat(beforeContent(page, 30)).contains("€");
            org.assertj.core.api.Assertions.assertThat(beforeContent(page, 3)).contains("◆");
            org.assertj.core.api.Assertions.assertThat(beforeContent(page, 1)).doesNotContain("◆");

            // The side panel names the suggestion and its reasons in words.
            reader.sentence(30).click();
            reader.press("Enter");
            Locator suggestion = page.locator(".fd-panel-suggestion");
            assertThat(suggestion).containsText("Suggested: € promotional");
            assertThat(suggestion).containsText("Why: " + words(FUNNEL_REASONS));
            assertThat(page.locator(".fd-panel-accept")).isVisible();
            reader.panelNote().press("Escape");
            assertThat(reader.panel()).isHidden();

            // a on sentence 30 accepts the whole block 29–32, in one go.
            reader.press("a");
            for (int ordinal = 29; ordinal <= 32; ordinal++) {
                assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
                assertThat(reader.sentence(ordinal)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
                assertThat(reader.sentence(ordinal)).not().hasAttribute("data-pending", Pattern.compile(".*"));
                assertThat(otherReader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
                assertThat(otherReader.sentence(ordinal)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
            }
            assertThat(reader.sentence(28)).hasAttribute("data-verdict", "");
            assertThat(reader.sentence(33)).hasAttribute("data-verdict", "");
            assertThat(reader.sentence(noClaim)).hasAttribute("data-suggestion", "no-claim");
            // Of the sentences that need a verdict (headings without one are not counted, ADR 36).
            assertThat(reader.progressText()).hasText(java.util.regex.Pattern.compile("^4 of \\d+ reviewed$"));

            // The history of 31 says where the verdict came from.
            reader.sentence(31).click();
            reader.press("Enter");
            assertThat(reader.history()).containsText("accepted suggestion (" + words(FUNNEL_REASONS) + ")");
            assertThat(page.locator(".fd-panel-suggestion")).isHidden();
            reader.panelNote().press("Escape");

            // x dismisses the no-claim suggestion: it is gone, and no verdict is given.
            reader.sentence(noClaim).click();
            reader.press("x");
            assertThat(reader.sentence(noClaim)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
            assertThat(reader.sentence(noClaim)).not().hasAttribute("data-pending", Pattern.compile(".*"));
            assertThat(reader.sentence(noClaim)).hasAttribute("data-verdict", "");
            assertThat(otherReader.sentence(noClaim)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));

            // a where nothing is suggested changes nothing and says so.
            reader.sentence(1).click();
            reader.press("a");
            assertThat(reader.notification()).containsText("no open suggestion");
            assertThat(reader.sentence(1)).hasAttribute("data-verdict", "");

            // Ctrl+Z takes the accepted block back: its suggestion is offered again, here and in the other reader;
            // Ctrl+Shift+Z accepts it again.
            reader.press("Control+z");
            for (int ordinal = 29; ordinal <= 32; ordinal++) {
                assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "");
                assertThat(reader.sentence(ordinal)).hasAttribute("data-suggestion", "promotional");
                assertThat(otherReader.sentence(ordinal)).hasAttribute("data-suggestion", "promotional");
            }
            reader.press("Control+Shift+Z");
            for (int ordinal = 29; ordinal <= 32; ordinal++) {
                assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
                assertThat(reader.sentence(ordinal)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
                assertThat(otherReader.sentence(ordinal)).not().hasAttribute("data-suggestion", Pattern.compile(".*"));
            }

            page.reload();
            reader.waitUntilRendered();
            assertThat(page.locator("fd-article-text [data-suggestion]")).hasCount(0);
            for (int ordinal = 29; ordinal <= 32; ordinal++) {
                assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
            }
            assertThat(reader.sentence(noClaim)).hasAttribute("data-verdict", "");
            assertThat(reader.sentence(3)).hasAttribute("data-checkworthiness", "0.74");
        } finally {
            otherContext.close();
        }
    }

    @Test
    void a_refused_accept_shows_the_suggestion_again_and_says_why() {
        ArticleText article = seed(SEED_003);
        Assessments assessments = new Assessments(article);
        assessments.suggest(5, "PROMOTIONAL", FUNNEL_REASONS, 0);
        assessments.suggest(6, "PROMOTIONAL", FUNNEL_REASONS, 0);
        assessments.store();

        // The article is assigned to nobody: an editor may read it but not change its verdicts; the
        // reader knows it and says so without asking the server.
        new LoginPage(page).signInAs("editor", "editor");
        ReaderPage reader = new ArticleListPage(page).open(SEED_003);
        reader.sentence(6).click();
        reader.press("a");
        assertThat(reader.notification()).containsText("Not assigned to you — read only");
        assertThat(reader.sentence(5)).hasAttribute("data-suggestion", "promotional");
        assertThat(reader.sentence(5)).not().hasAttribute("data-pending", Pattern.compile(".*"));

        // Assigned, opened, then taken away while open: the reader still offers the change, the server refuses it.
        UserId editor = SignedInAs.user(userDetailsService, "editor").id();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(article.id()), editor, null, Priority.NORMAL));
        page.reload();
        reader.waitUntilRendered();
        SignedInAs.run(userDetailsService, "lead", () -> assignmentService.unassign(article.id()));
        reader.sentence(6).click();
        reader.press("a");
        assertThat(reader.notification()).containsText("Sentences 5, 6 were not saved");
        assertThat(reader.notification()).containsText("not assigned to you");
        for (int ordinal = 5; ordinal <= 6; ordinal++) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-suggestion", "promotional");
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "");
            assertThat(reader.sentence(ordinal)).not().hasAttribute("data-pending", Pattern.compile(".*"));
        }
        reader.press("x");
        assertThat(reader.notification()).containsText("not assigned to you");
        assertThat(reader.sentence(5)).hasAttribute("data-suggestion", "promotional");
    }

    @Test
    void check_worthy_first_makes_space_go_from_the_highest_score_down() {
        ArticleText article = seed(SEED_001);
        Assessments assessments = new Assessments(article);
        assessments.score(7, 0.91, List.of("figure"));
        assessments.score(3, 0.80, List.of("attribution"));
        assessments.score(12, 0.65, List.of("named-organisation"));
        assessments.score(2, 0.30, List.of());
        assessments.store();

        new LoginPage(page).signInAs("lead", "lead");
        ReaderPage reader = new ArticleListPage(page).open(SEED_001);
        assertThat(reader.sentence(7)).hasAttribute("data-checkworthiness", "0.91");

        // Off: Space goes through the text in order.
        reader.press(" ");
        assertFocus(reader, 1);
        reader.press(" ");
        assertFocus(reader, 2);

        // On (mouse): from the most check-worthy down, then the rest in text order.
        Locator toggle = page.locator("vaadin-checkbox.fd-checkworthy-first");
        assertThat(toggle).containsText("Check-worthy first");
        toggle.click();
        assertThat(page.locator("fd-article-text")).hasAttribute("data-order", "checkworthiness");
        reader.sentence(7).click();
        reader.press(" ");
        assertFocus(reader, 3);
        reader.press(" ");
        assertFocus(reader, 12);
        reader.press(" ");
        assertFocus(reader, 2);
        // Then the unscored ones, in text order: 1, 4, 5, …
        reader.press(" ");
        assertFocus(reader, 1);
        reader.press(" ");
        assertFocus(reader, 4);

        // Keyboard: o turns it off (Space in text order again) and on.
        reader.sentence(2).click();
        reader.press("o");
        assertThat(toggle).not().hasAttribute("checked", Pattern.compile(".*"));
        assertThat(page.locator("fd-article-text")).not().hasAttribute("data-order", Pattern.compile(".*"));
        reader.press(" ");
        assertFocus(reader, 3);
        reader.press("o");
        assertThat(toggle).hasAttribute("checked", Pattern.compile(".*"));
        assertThat(page.locator("fd-article-text")).hasAttribute("data-order", "checkworthiness");
        reader.sentence(12).click();
        reader.press(" ");
        assertFocus(reader, 2);
        // A reviewed sentence is skipped: mark 3 (no claim), and Space from 7 goes to 12.
        reader.sentence(3).click();
        reader.press("n");
        assertThat(reader.sentence(3)).hasAttribute("data-verdict", "no-claim");
        assertThat(reader.sentence(3)).not().hasAttribute("data-pending", Pattern.compile(".*"));
        reader.sentence(7).click();
        reader.press(" ");
        assertFocus(reader, 12);

        // The score and its reasons are in the side panel, not on every sentence.
        reader.press("Enter");
        assertThat(page.locator(".fd-panel-checkworthiness")).containsText("Check-worthy: 0.65");
        assertThat(page.locator(".fd-panel-checkworthiness")).containsText("Why: " + words(List.of("named-organisation")));
        assertThat(page.locator(".fd-panel-suggestion")).isHidden();
        reader.panelNote().press("Escape");
        assertThat(reader.panel()).isHidden();
        reader.press("?");
        Locator sheet = page.locator(".fd-shortcut-table");
        assertThat(sheet).containsText("Accept the suggestion (the whole suggested block)");
        assertThat(sheet).containsText("Dismiss the suggestion");
        assertThat(sheet).containsText("Check-worthy first on or off");
    }

    @Test
    void suggestions_read_in_the_light_and_the_dark_scheme() {
        ArticleText article = seed(SEED_004);
        Assessments assessments = new Assessments(article);
        for (int ordinal = 24; ordinal <= 30; ordinal++) {
            assessments.suggest(ordinal, "PROMOTIONAL", List.of("stock-tip-question", "call-to-action"), 0);
        }
        assessments.suggest(14, "PROMOTIONAL", List.of("stock-tip-question"), 0.05);
        assessments.suggest(15, "PROMOTIONAL", List.of("stock-tip-question"), 0.05);
        assessments.score(1, 0.88, List.of("figure", "named-organisation"));
        assessments.score(2, 0.62, List.of("figure"));
        assessments.score(19, 0.71, List.of("attribution"));
        assessments.score(10, 0.66, List.of("named-organisation"));
        assessments.suggest(12, "NO_CLAIM", List.of("heading-without-claim"), 0);
        assessments.suggest(20, "NO_CLAIM", List.of("heading-without-claim"), 0);
        assessments.score(13, 0.57, List.of("comparative"));
        assessments.store();

        new LoginPage(page).signInAs("lead", "lead");
        ReaderPage reader = new ArticleListPage(page).open(SEED_004);
        // One given verdict beside the suggestions, to compare: 22 promotional by hand.
        reader.sentence(22).click();
        reader.press("p");
        assertThat(reader.sentence(22)).hasAttribute("data-verdict", "promotional");
        // The panel's Accept button takes the whole suggested block too (24–30, from 27), not 14 and 15.
        reader.sentence(14).click();
        reader.press("Enter");
        assertThat(page.locator(".fd-panel-suggestion")).containsText("Why: " + words(List.of("stock-tip-question")));
        reader.sentence(27).click();
        reader.press("Enter");
        assertThat(reader.panel()).containsText("Sentence 27");
        assertThat(reader.sentence(20)).hasCSS("outline-style", "dashed");
        centre(reader.sentence(23));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("suggestions-light.png")));

        page.locator(".fd-panel-accept").click();
        for (int ordinal = 24; ordinal <= 30; ordinal++) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "promotional");
        }
        assertThat(reader.sentence(14)).hasAttribute("data-suggestion", "promotional");
        assertThat(reader.history()).containsText("accepted suggestion");
        assertThat(page.locator(".fd-panel-suggestion")).isHidden();
        reader.panelNote().press("Escape");

        BrowserContext dark = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setLocale("de-DE").setViewportSize(1280, 900)
                .setColorScheme(ColorScheme.DARK));
        try {
            Page darkPage = dark.newPage();
            new LoginPage(darkPage).signInAs("admin", "admin");
            ReaderPage darkReader = new ArticleListPage(darkPage).open(SEED_004);
            assertThat(darkReader.sentence(14)).hasAttribute("data-suggestion", "promotional");
            assertThat(darkReader.sentence(15)).hasCSS("outline-style", "dashed");
            assertThat(darkPage.locator("vaadin-checkbox.fd-checkworthy-first")).containsText("Prüfwürdige zuerst");
            darkReader.sentence(26).click();
            darkReader.press("Enter");
            assertThat(darkReader.history()).containsText("Vorschlag angenommen (");
            darkReader.sentence(15).click();
            darkReader.press("Enter");
            assertThat(darkPage.locator(".fd-panel-suggestion")).containsText("Vorgeschlagen: € Werbung");
            assertThat(darkPage.locator(".fd-panel-accept")).containsText("Annehmen");
            assertThat(darkReader.panel()).containsText("Satz 15");
            centre(darkReader.sentence(13));
            darkPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("suggestions-dark.png")));
        } finally {
            dark.close();
        }
    }

    private static void centre(Locator sentence) {
        sentence.evaluate("s => s.scrollIntoView({ block: 'center' })");
    }

    private static void assertFocus(ReaderPage reader, int ordinal) {
        assertThat(reader.sentence(ordinal)).hasClass(Pattern.compile("fd-focus"));
    }

    private static String beforeContent(Page page, int ordinal) {
        return (String) page.evaluate("n => getComputedStyle(document.querySelector("
                + "`fd-article-text [data-ordinal='${n}']`), '::before').content", ordinal);
    }

    /** The reasons as the reader shows them in English: their words where FactDesk has them, else the code. */
    private static String words(List<String> codes) {
        ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
        return codes.stream().map(code -> english.containsKey("assist.reason." + code)
                ? english.getString("assist.reason." + code) : code).collect(Collectors.joining(", "));
    }

    private ArticleText seed(String title) {
        return SystemAuthentication.runAsSystem(() -> {
            ArticleId id = articleService.list(0, 100).stream().filter(item -> item.title().startsWith(title))
                    .map(ArticleListItem::id).findFirst().orElseThrow();
            return articleService.findText(id).orElseThrow();
        });
    }

    private static int firstHeadingOrdinal(ArticleText article) {
        return article.blocks().stream().filter(block -> block.kind() == BlockKind.HEADING)
                .map(block -> block.sentences().getFirst().ordinal()).findFirst().orElseThrow();
    }

    /** The article's assessment rows, as assist stores them; {@link #store()} replaces whatever was there. */
    private final class Assessments {
        private final ArticleText article;
        private final Map<Integer, Long> ids = new HashMap<>();
        private final Map<Integer, Object[]> rows = new HashMap<>();

        Assessments(ArticleText article) {
            this.article = article;
            article.blocks().forEach(block -> block.sentences().forEach(s -> ids.put(s.ordinal(), s.id())));
        }

        void suggest(int ordinal, String suggestion, List<String> reasons, double score) {
            rows.put(ordinal, new Object[]{ids.get(ordinal), article.id().value(), suggestion, "journey",
                    String.join(",", reasons), BigDecimal.valueOf(score), ""});
        }

        void score(int ordinal, double score, List<String> reasons) {
            rows.put(ordinal, new Object[]{ids.get(ordinal), article.id().value(), null, null, "",
                    BigDecimal.valueOf(score), String.join(",", reasons)});
        }

        void store() {
            jdbc.sql("delete from sentence_assessment where article_id = ?").param(article.id().value()).update();
            rows.values().forEach(row -> jdbc.sql("""
                            insert into sentence_assessment (sentence_id, article_id, suggestion, detector, reasons,
                                                             checkworthiness, worthiness_reasons)
                            values (?, ?, ?, ?, ?, ?, ?)""").params(row).update());
        }
    }
}
