package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.factdesk.article.ArticleId;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.AssignmentSort;
import org.factdesk.e2e.pages.AssignmentsPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.Selects;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The lead's lists (issue 16): select-all and bulk assign, the warning before reassigning, a sorted grid
 * that keeps its order and selection through a step, the sort and filter remembered after a reload, a
 * dashboard figure that opens the list it counts; and screenshots of the four lists at 1024 and 1440 px.
 * The steps build on each other (one database of its own, the five seeds), hence the order.
 */
@TestPropertySource(properties = "factdesk.test.database=lists-journey")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListsJourneyIT extends BrowserJourney {

    private static final String SEED_000 = "Microsoft steckt Milliarden in KI-Schulungen";
    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";

    @Autowired
    AssignmentService assignmentService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext applicationContext;

    @Test
    @Order(1)
    void select_all_then_bulk_assign_gives_every_article_to_the_editor() {
        new LoginPage(page).signInAs("lead", "lead");
        page.navigate("assignments");
        // The first view of this context's app may take a while on a busy machine.
        assertThat(page.locator("vaadin-grid.fd-assignment-grid"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        AssignmentsPage assignments = new AssignmentsPage(page);
        assertThat(assignments.button("fd-assign")).isDisabled();

        assignments.selectAll();

        assertThat(assignments.button("fd-assign")).isEnabled();
        assertThat(assignments.button("fd-approve")).isDisabled(); // nothing submitted is selected
        assertThat(assignments.button("fd-unassign")).isDisabled(); // nothing assigned yet
        assignments.button("fd-assign").click();
        Locator dialog = page.locator("vaadin-dialog.fd-assign-dialog");
        assertThat(dialog).containsText("Assign 5 article(s)");
        chooseEditor(dialog, "Eva Editor");
        String due = LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("M/d/yyyy"));
        dialog.locator("vaadin-date-picker.fd-assign-due input").fill(due);
        dialog.locator("vaadin-date-picker.fd-assign-due input").press("Enter");
        page.locator(".fd-assign-save").click();

        assertThat(notification("Assigned 5 article(s).")).isVisible();
        assertThat(dialog.locator(".fd-assign-save")).isHidden();
        org.assertj.core.api.Assertions.assertThat(assignees()).hasSize(5).containsOnly("Eva Editor");
        // The selection stays (same articles, new state): now unassign applies, assign still does.
        assertThat(assignments.button("fd-unassign")).isEnabled();
        org.assertj.core.api.Assertions.assertThat(assignments.isSelected(SEED_004)).isTrue();
    }

    @Test
    @Order(2)
    void reassigning_an_assigned_article_says_so_and_asks_first() {
        new LoginPage(page).signInAs("lead", "lead");
        AssignmentsPage assignments = open(page);
        assignments.selectRow(SEED_000);

        assignments.button("fd-assign").click();
        Locator dialog = page.locator("vaadin-dialog.fd-assign-dialog");
        chooseEditor(dialog, "Emil Editor");
        page.locator(".fd-assign-save").click();

        Locator question = page.locator("vaadin-dialog.fd-assign-confirm");
        assertThat(question).containsText("Already assigned: “" + SEED_000);
        assertThat(question).containsText("to Eva Editor. Give them to Emil Editor instead?");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lists-reassign-warning.png")));
        // Cancel: nothing changes, the assign dialog is still there.
        question.locator(".fd-confirm-cancel").click();
        assertThat(question.locator(".fd-confirm-ok")).isHidden();
        assertThat(dialog.locator(".fd-assign-save")).isVisible();
        org.assertj.core.api.Assertions.assertThat(assignments.cell(SEED_000, 3)).isEqualTo("Eva Editor");

        page.locator(".fd-assign-save").click();
        question.locator(".fd-confirm-ok").click();

        assertThat(notification("Assigned 1 article(s).")).isVisible();
        assertThat(dialog.locator(".fd-assign-save")).isHidden();
        assertThat(assignments.grid()).containsText("Emil Editor");
        org.assertj.core.api.Assertions.assertThat(assignments.cell(SEED_000, 3)).isEqualTo("Emil Editor");
    }

    @Test
    @Order(3)
    void a_sorted_grid_keeps_its_order_and_selection_through_a_step() {
        new LoginPage(page).signInAs("lead", "lead");
        AssignmentsPage assignments = open(page);
        assignments.sorter("Title").click();
        assertThat(assignments.sorter("Title")).hasAttribute("direction", "asc");
        List<String> sorted = SignedInAs.call(users, "lead", () -> assignmentService.list(AssignmentFilter.all(),
                AssignmentSort.TITLE, false, 0, 10)).stream().map(AssignmentListItem::title).toList();
        awaitTitles(assignments, sorted);
        assignments.selectRow(SEED_000);
        assignments.selectRow(SEED_004);

        assignments.button("fd-unassign").click();
        Locator confirm = page.locator("vaadin-dialog.fd-unassign-confirm");
        assertThat(confirm).containsText("Unassign 2 article(s)?");
        confirm.locator(".fd-confirm-ok").click();

        assertThat(notification("Unassigned 2 article(s).")).isVisible();
        org.assertj.core.api.Assertions.assertThat(assignments.cell(SEED_000, 2)).isEqualTo("new");
        assertThat(assignments.sorter("Title")).hasAttribute("direction", "asc");
        awaitTitles(assignments, sorted);
        org.assertj.core.api.Assertions.assertThat(assignments.isSelected(SEED_000)).isTrue();
        org.assertj.core.api.Assertions.assertThat(assignments.isSelected(SEED_004)).isTrue();
        // Both are new now: unassign no longer applies to the selection, assign does.
        assertThat(assignments.button("fd-unassign")).isDisabled();
        assertThat(assignments.button("fd-assign")).isEnabled();
    }

    @Test
    @Order(4)
    void the_sort_and_filter_are_remembered_for_the_user_after_a_reload_and_a_new_sign_in() {
        new LoginPage(page).signInAs("admin", "admin");
        AssignmentsPage assignments = open(page);
        assignments.sorter("Assignee").click();
        assignments.sorter("Assignee").click();
        assertThat(assignments.sorter("Assignee")).hasAttribute("direction", "desc");
        Locator state = page.locator("vaadin-select.fd-state-filter");
        Selects.choose(state, page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("assigned")
                .setExact(true)));
        assertThat(state).containsText("assigned");
        List<String> shown = SignedInAs.call(users, "lead", () -> assignmentService.list(
                new AssignmentFilter(org.factdesk.assignment.ArticleState.ASSIGNED, null, false),
                AssignmentSort.ASSIGNEE, true, 0, 10)).stream().map(AssignmentListItem::title).toList();
        org.assertj.core.api.Assertions.assertThat(shown).hasSize(3);
        awaitTitles(assignments, shown);

        page.reload();

        assertThat(assignments.sorter("Assignee")).hasAttribute("direction", "desc");
        assertThat(page.locator("vaadin-select.fd-state-filter")).containsText("assigned");
        awaitTitles(assignments, shown);

        // Kept in the database, not the session: a fresh browser signed in as admin sees it too …
        Page other = newContext("en-US").newPage();
        new LoginPage(other).signInAs("admin", "admin");
        AssignmentsPage again = open(other);
        assertThat(again.sorter("Assignee")).hasAttribute("direction", "desc");
        assertThat(other.locator("vaadin-select.fd-state-filter")).containsText("assigned");
        other.context().close();
        // … and it is the admin's alone: the lead's grid is as the lead left it (sorted by title).
        Page lead = newContext("en-US").newPage();
        new LoginPage(lead).signInAs("lead", "lead");
        AssignmentsPage leads = open(lead);
        assertThat(leads.sorter("Title")).hasAttribute("direction", "asc");
        assertThat(leads.sorter("Assignee")).not().hasAttribute("direction", "desc");
        lead.context().close();
    }

    @Test
    @Order(5)
    void a_dashboard_figure_opens_the_filtered_list_it_counts() {
        new LoginPage(page).signInAs("lead", "lead");
        page.navigate("dashboard");
        Locator assigned = page.locator("a.fd-state-count[data-state='ASSIGNED']");
        assertThat(assigned).hasText("assigned: 3");

        assigned.click();

        assertThat(page).hasURL(Pattern.compile(".*/assignments\\?state=ASSIGNED$"));
        AssignmentsPage assignments = new AssignmentsPage(page);
        assertThat(page.locator("vaadin-select.fd-state-filter")).containsText("assigned");
        awaitCount(assignments, 3);

        // An editor's figure: Eva's three assigned articles (Emil has none).
        page.navigate("dashboard");
        Locator evaAssigned = page.locator("vaadin-grid.fd-editor-grid a.fd-figure-link[href*='state=ASSIGNED']")
                .filter(new Locator.FilterOptions().setHasText("3"));
        evaAssigned.click();
        assertThat(page).hasURL(Pattern.compile(".*/assignments\\?assignee=\\d+&state=ASSIGNED$"));
        assertThat(page.locator("vaadin-select.fd-assignee-filter")).containsText("Eva Editor");
        awaitCount(assignments, 3);
    }

    @Test
    @Order(6)
    void screenshots_of_the_four_lists_at_1024_and_1440_pixels() {
        submitOneReview();
        Page editor = newContext("en-US").newPage();
        new LoginPage(editor).signInAs("editor", "editor");
        new LoginPage(page).signInAs("lead", "lead");
        for (int width : new int[]{1024, 1440}) {
            // Tall enough that the whole dashboard (it scrolls inside the layout) is in the picture.
            page.setViewportSize(width, 1500);
            editor.setViewportSize(width, 860);
            shoot(page, "assignments", "vaadin-grid.fd-assignment-grid", "lists-assignments-" + width);
            shoot(page, "review-queue", "vaadin-grid.fd-queue-grid", "lists-review-queue-" + width);
            assertThat(page.locator("vaadin-grid.fd-queue-grid")).containsText(SEED_004);
            shoot(page, "dashboard", ".fd-reviewed-per-day", "lists-dashboard-" + width);
            shoot(editor, "my-articles", "vaadin-grid.fd-my-articles-grid", "lists-my-articles-" + width);
        }
        editor.context().close();
    }

    private void submitOneReview() {
        ReviewedArticles reviewed = ReviewedArticles.in(applicationContext);
        ArticleId id = SignedInAs.call(users, "lead", () -> assignmentService.list(AssignmentFilter.all(), 0, 10))
                .stream().filter(item -> item.title().startsWith(SEED_004)).map(AssignmentListItem::id)
                .findFirst().orElseThrow();
        reviewed.review(id, "editor", sentences -> {
            reviewService.save(id, new VerdictChange(sentences.getFirst(), 0), Verdict.DISPUTED, "Zahl falsch.",
                    List.of());
            reviewService.mark(id, sentences.subList(1, sentences.size()).stream()
                    .map(s -> new VerdictChange(s, 0)).toList(), Verdict.NO_CLAIM);
        }, false);
    }

    private static void shoot(Page on, String route, String ready, String name) {
        on.navigate(route);
        assertThat(on.locator(ready).first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        on.waitForTimeout(300); // let the grid lay out its columns
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Opens Assignments; a view's first load may take long on a busy machine (2 cores, many builds). */
    private static AssignmentsPage open(Page on) {
        on.navigate("assignments");
        assertThat(on.locator("vaadin-grid.fd-assignment-grid"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return new AssignmentsPage(on);
    }

    /** Waits (the grid renders a new order asynchronously) until the rows show these titles in this order. */
    private static void awaitTitles(AssignmentsPage assignments, List<String> expected) {
        long until = System.currentTimeMillis() + 10_000;
        while (!assignments.titlesInOrder().equals(expected) && System.currentTimeMillis() < until) {
            assignments.grid().page().waitForTimeout(200);
        }
        org.assertj.core.api.Assertions.assertThat(assignments.titlesInOrder()).isEqualTo(expected);
    }

    private static void awaitCount(AssignmentsPage assignments, int rows) {
        long until = System.currentTimeMillis() + 10_000;
        while (assignments.titlesInOrder().size() != rows && System.currentTimeMillis() < until) {
            assignments.grid().page().waitForTimeout(200);
        }
        org.assertj.core.api.Assertions.assertThat(assignments.titlesInOrder()).hasSize(rows);
    }

    private void chooseEditor(Locator dialog, String name) {
        Selects.choose(dialog.locator("vaadin-select.fd-assign-editor"),
                dialog.locator("vaadin-select-item[role='option']", new Locator.LocatorOptions().setHasText(name)));
    }

    private Locator notification(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    private List<String> assignees() {
        return SignedInAs.call(users, "lead", () -> assignmentService.list(AssignmentFilter.all(), 0, 100)).stream()
                .map(item -> item.assignee() == null ? "—" : item.assignee().displayName()).toList();
    }
}
