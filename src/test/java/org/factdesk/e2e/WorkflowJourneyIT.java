package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.AssignmentsPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.e2e.pages.Selects;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * From assignment to approval: lead assigns, editor reviews and submits, lead returns, editor
 * fixes, lead approves. Runs on its own database (a context of its own): approving seed 004
 * would make it read-only for the other journeys.
 */
@TestPropertySource(properties = "factdesk.test.database=workflow-journey")
class WorkflowJourneyIT extends BrowserJourney {

    private static final String SEED_000 = "Microsoft steckt Milliarden in KI-Schulungen";
    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";

    @Test
    void lead_assigns_editor_submits_lead_returns_editor_fixes_lead_approves() {
        // Eva already has My articles open: the new assignments must appear there without reload.
        BrowserContext editorContext = newContext("en-US");
        Page editor = editorContext.newPage();
        new LoginPage(editor).signInAs("editor", "editor");
        editor.navigate("my-articles");
        Locator mine = editor.locator("vaadin-grid.fd-my-articles-grid");
        assertThat(mine).not().containsText(SEED_004);

        // Lead assigns seeds 000 and 004 to Eva Editor, due in a week.
        new LoginPage(page).signInAs("lead", "lead");
        page.navigate("assignments");
        new AssignmentsPage(page).selectRow(SEED_000);
        new AssignmentsPage(page).selectRow(SEED_004);
        page.locator(".fd-assign").click();
        Locator dialog = page.locator("vaadin-dialog.fd-assign-dialog");
        Selects.choose(dialog.locator("vaadin-select.fd-assign-editor"),
                dialog.locator("vaadin-select-item[role='option']", new Locator.LocatorOptions().setHasText("Eva Editor")));
        String due = LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("M/d/yyyy"));
        dialog.locator("vaadin-date-picker.fd-assign-due input").fill(due);
        dialog.locator("vaadin-date-picker.fd-assign-due input").press("Enter");
        page.locator(".fd-assign-save").click();
        assertThat(page.locator("vaadin-notification-card",
                new Page.LocatorOptions().setHasText("Assigned 2 article(s).")))
                .isVisible();

        try {
            assertThat(mine).containsText(SEED_000);
            assertThat(mine).containsText(SEED_004);
            assertThat(editor.locator(".fd-new-badge")).hasCount(2);

            // Review 004 fully with the keyboard: 1–23 no claim, 24–30 promotional; then submit.
            editor.locator("a.fd-article-link", new Page.LocatorOptions().setHasText(SEED_004)).click();
            ReaderPage reader = new ReaderPage(editor).waitUntilRendered();
            assertThat(editor.locator(".fd-workflow-state")).containsText("assigned to Eva Editor");
            reader.press("j");
            for (int i = 0; i < 22; i++) {
                reader.press("Shift+J");
            }
            reader.press("n");
            assertThat(reader.sentence(23)).hasAttribute("data-verdict", "no-claim");
            reader.press("j");
            for (int i = 0; i < 6; i++) {
                reader.press("Shift+J");
            }
            reader.press("p");
            assertThat(reader.sentence(30)).hasAttribute("data-verdict", "promotional");
            assertThat(reader.progressText()).hasText("30 of 30 reviewed");
            editor.locator(".fd-submit").click();
            editor.locator(".fd-confirm-ok").click(); // submit asks first (ADR 27)
            assertThat(editor.locator(".fd-workflow-state")).containsText("submitted");

            // Lead returns it with a comment, from the review queue.
            page.navigate("review-queue");
            page.locator("[data-article-title^='" + SEED_004 + "'] .fd-queue-return").click();
            page.locator("vaadin-dialog.fd-comment-dialog textarea").fill("Satz 2 bitte mit Beleg prüfen.");
            page.locator(".fd-comment-save").click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Returned")))
                    .isVisible();

            // The editor sees the comment, gives sentence 2 evidence, submits again.
            editor.reload();
            reader.waitUntilRendered();
            assertThat(editor.locator(".fd-return-comment")).containsText("Satz 2 bitte mit Beleg prüfen.");
            reader.sentence(2).click();
            reader.press("Enter");
            reader.chooseVerdictInPanel("verified");
            reader.addEvidenceUrl("https://news.microsoft.com/");
            reader.savePanel();
            assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");
            editor.locator(".fd-submit").click();
            editor.locator(".fd-confirm-ok").click(); // submit asks first (ADR 27)
            assertThat(editor.locator(".fd-workflow-state")).containsText("submitted");

            // Lead approves from the queue; the article is read-only for the editor now.
            page.navigate("review-queue");
            page.locator("[data-article-title^='" + SEED_004 + "'] .fd-queue-approve").click();
            page.locator("vaadin-dialog.fd-approve-confirm .fd-confirm-ok").click(); // approve asks first
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Approved.")))
                    .isVisible();
            editor.reload();
            reader.waitUntilRendered();
            assertThat(editor.locator(".fd-read-only")).isVisible();
            reader.sentence(3).click();
            reader.press("p");
            assertThat(reader.sentence(3)).hasAttribute("data-verdict", "no-claim");
            editor.locator(".fd-transitions-details").click();
            assertThat(editor.locator(".fd-transitions")).containsText("Lena Lead");
            editor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("workflow-approved.png")));

            // The dashboard counts reflect it: Eva has one approved and one assigned article.
            page.navigate("dashboard");
            Locator editors = page.locator("vaadin-grid.fd-editor-grid");
            assertThat(editors).containsText("Eva Editor");
            assertThat(page.locator(".fd-state-count[data-state='APPROVED']")).hasText("approved: 1");
            assertThat(page.locator(".fd-state-count[data-state='ASSIGNED']")).hasText("assigned: 1");
            assertThat(page.locator(".fd-bar[data-verdict='promotional'] .fd-bar-value")).hasText("7");
            assertThat(page.locator(".fd-bar[data-verdict='no-claim'] .fd-bar-value")).hasText("22");
            assertThat(page.locator(".fd-bar[data-verdict='verified'] .fd-bar-value")).hasText("1");
            Object evaRow = page.evaluate("""
                    () => {
                      const grid = document.querySelector('vaadin-grid.fd-editor-grid');
                      for (const row of grid.shadowRoot.querySelectorAll('tr')) {
                        const cells = [...row.querySelectorAll('td slot')]
                            .map((slot) => slot.assignedElements()[0]?.textContent.trim());
                        if (cells[0] === 'Eva Editor') return cells.join('|');
                      }
                      return null;
                    }""");
            // assigned | in review | submitted | approved | overdue | reviewed in 7 days (30 sentences of 004)
            org.assertj.core.api.Assertions.assertThat(evaRow).isEqualTo("Eva Editor|1|0|0|1|0|30");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("dashboard.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("assignments.png")));
        } finally {
            editorContext.close();
        }
    }

    @Test
    void editors_are_refused_the_lead_and_admin_routes() {
        new LoginPage(page).signInAs("editor", "editor");
        for (String route : new String[]{"assignments", "review-queue", "dashboard", "admin/users"}) {
            page.navigate(route);
            assertThat(page.locator("vaadin-grid")).hasCount(0);
            assertThat(page).hasURL(Pattern.compile(".*/" + route + "$"));
        }
    }
}
