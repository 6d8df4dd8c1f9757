package org.factdesk.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (Deque's engine, through its Playwright Java integration) on every view, as the role that uses
 * it, in English and German: no violation of the WCAG 2 A and AA rules. The message names each view,
 * rule and element, so a failure says what to fix. Set up on a database of its own: one article in review
 * for the editor (the reader's editing state, My articles), one submitted (the review queue), a mention
 * (the notifications).
 */
@TestPropertySource(properties = "factdesk.test.database=accessibility-journey")
class AccessibilityJourneyIT extends BrowserJourney {

    /** WCAG 2.0 and 2.1, levels A and AA: the rules the issue asks for, and 2.1's (reflow, contrast of controls). */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    DiscussionService discussion;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext spring;

    private ArticleId inReview;

    @BeforeAll
    void giveEveryViewSomethingToShow() {
        List<ArticleListItem> seeds = SystemAuthentication.runAsSystem(() -> articles.list(0, 10));
        inReview = seeds.get(0).id();
        ArticleId submitted = seeds.get(1).id();
        ReviewedArticles workflow = ReviewedArticles.in(spring);
        workflow.review(submitted, "editor", ids -> reviews.mark(submitted,
                ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM), false);
        var editor = SignedInAs.user(users, "editor").id();
        SignedInAs.run(users, "lead", () -> assignments.assign(List.of(inReview), editor, null, Priority.HIGH));
        List<Long> sentences = workflow.sentenceIds(inReview);
        SignedInAs.run(users, "editor", () -> reviews.mark(inReview,
                IntStream.range(0, 3).mapToObj(i -> new VerdictChange(sentences.get(i), 0)).toList(),
                Verdict.NO_CLAIM));
        SignedInAs.call(users, "lead", () -> discussion.write(inReview, sentences.get(0), "@editor bitte prüfen"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE"})
    void every_view_has_no_wcag_a_or_aa_violation(String language) {
        context.close();
        context = newContext(language);
        page = context.newPage();
        List<String> violations = new ArrayList<>();

        page.navigate("login");
        new LoginPage(page).form().waitFor();
        scan("sign-in", language, violations);

        signIn("editor");
        visit("", "vaadin-grid.fd-article-grid", "articles list", language, violations);
        visit("my-articles", "vaadin-grid.fd-my-articles-grid", "my articles", language, violations);
        visit("article/" + inReview.value(), "fd-article-text[data-state='ready']", "reader", language, violations);
        page.keyboard().press("j");
        page.keyboard().press("Enter");
        page.locator(".fd-panel").waitFor();
        scan("reader with the side panel", language, violations);
        page.locator(".fd-bell-button").click();
        page.locator(".fd-notifications").waitFor();
        scan("notifications", language, violations);
        page.keyboard().press("Escape");
        visit("article/" + inReview.value(), "fd-article-text[data-state='ready']", "reader", language, null);
        page.locator(".fd-export").click();
        page.locator("vaadin-dialog.fd-export-dialog .fd-export-option").first().waitFor();
        scan("export dialog", language, violations);
        page.keyboard().press("Escape");
        page.locator("fd-article-text").focus();
        page.keyboard().press("?");
        page.locator(".fd-shortcut-table").first().waitFor();
        scan("shortcut sheet", language, violations);

        signIn("lead");
        visit("import", ".fd-import", "import", language, violations);
        visit("assignments", "vaadin-grid.fd-assignment-grid", "assignments", language, violations);
        visit("review-queue", "vaadin-grid.fd-queue-grid", "review queue", language, violations);
        visit("dashboard", ".fd-dashboard", "dashboard", language, violations);
        visit("reports", ".fd-batch-export", "batch export", language, violations);

        signIn("admin");
        visit("admin/users", "vaadin-grid.fd-user-grid", "users", language, violations);
        visit("admin/api-tokens", "vaadin-grid.fd-token-grid", "API tokens", language, violations);

        assertThat(violations).as("axe-core violations (WCAG 2 A/AA) in %s", language).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_keyboard_alone_signs_in_reaches_the_controls_and_sees_where_the_focus_is() {
        page.navigate("login");
        new LoginPage(page).form().waitFor();
        assertThat(tabUntil("input[name='username']")).as("username reached with Tab").isTrue();
        page.keyboard().type("lead");
        page.keyboard().press("Tab");
        page.keyboard().type("lead");
        page.keyboard().press("Enter");
        page.locator("vaadin-grid.fd-article-grid").waitFor();

        page.navigate("assignments");
        page.locator("vaadin-grid.fd-assignment-grid").waitFor();
        // The filters, then the grid (the toolbar's steps are disabled, so skipped by Tab, until rows are selected).
        assertThat(tabUntil(".fd-state-filter")).as("the state filter reached with Tab").isTrue();
        assertThat(tabUntil("vaadin-grid.fd-assignment-grid")).as("the grid reached with Tab").isTrue();

        page.navigate("article/" + inReview.value());
        page.locator("fd-article-text[data-state='ready']").waitFor();
        assertThat(tabUntil("fd-article-text")).as("the reader's text reached with Tab").isTrue();
        // Focus from the keyboard is visible: the outline of styles.css, not the browser's nothing.
        assertThat(page.locator("fd-article-text").evaluate("e => getComputedStyle(e).outlineStyle"))
                .isEqualTo("solid");
        page.keyboard().press("j");
        assertThat(page.locator("fd-article-text [data-ordinal='1']")).hasAttribute("aria-current", "true");
        assertThat(tabUntil("vaadin-button.fd-export", "Shift+Tab")).as("Export reached with Shift+Tab").isTrue();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-dialog.fd-export-dialog .fd-export-option").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("a11y-keyboard-export.png")));
    }

    private boolean tabUntil(String selector) {
        return tabUntil(selector, "Tab");
    }

    /** Presses the key (at most 60 times) until the focused element matches the selector or lies inside one. */
    private boolean tabUntil(String selector, String key) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press(key);
            Object reached = page.evaluate("s => { const e = document.activeElement;"
                    + " return !!e && (e.matches(s) || !!e.closest(s)); }", selector);
            if (Boolean.TRUE.equals(reached)) {
                return true;
            }
        }
        return false;
    }

    private void signIn(String username) {
        context.clearCookies();
        new LoginPage(page).signInAs(username, username);
    }

    private void visit(String path, String ready, String view, String language, List<String> violations) {
        page.navigate(path);
        page.locator(ready).first().waitFor();
        if (violations != null) {
            scan(view, language, violations);
        }
    }

    /** Runs axe on the page as it is now and adds one line per violation: view, rule, impact, elements. */
    private void scan(String view, String language, List<String> violations) {
        page.waitForLoadState();
        // Vaadin renders grid rows and overlays after the first frame: let them settle before axe looks.
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("a11y-" + language + "-" + view.replace(' ', '-') + ".png")));
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
        assertThat(results.isErrored()).as("axe ran on %s: %s", view, results.getErrorMessage()).isFalse();
        for (Rule rule : results.getViolations()) {
            violations.add(view + " [" + language + "]: " + rule.getId() + " (" + rule.getImpact() + ", "
                    + rule.getHelp() + ") at " + rule.getNodes().stream().map(AccessibilityJourneyIT::target)
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The element's selector, and for the first few why axe refused it (its failure summary, one line). */
    private static String target(CheckedNode node) {
        String why = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
        return node.getTarget() + (why.isEmpty() ? "" : " {" + why + "}");
    }
}
