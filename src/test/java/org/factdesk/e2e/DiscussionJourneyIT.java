package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.e2e.pages.Selects;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two editors discuss a sentence (issue 14): a comment with {@code @editor2} appears live in
 * editor2's reader and bell, the notification leads to the sentence; reply, edit, delete and resolve
 * show in both browsers. Own database: the comments would show in other journeys' readers.
 */
@TestPropertySource(properties = "factdesk.test.database=discussion-journey")
class DiscussionJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";

    @Test
    void a_mention_reaches_editor2_live_and_the_thread_is_replied_edited_deleted_and_resolved() {
        BrowserContext secondContext = newContext("en-US");
        try {
            new LoginPage(page).signInAs("editor", "editor");
            ReaderPage eva = new ArticleListPage(page).open(SEED_004);
            Page otherPage = secondContext.newPage();
            new LoginPage(otherPage).signInAs("editor2", "editor2");
            ReaderPage emil = new ArticleListPage(otherPage).open(SEED_004);
            Locator bell = otherPage.locator(".fd-bell");
            assertThat(bell).hasAttribute("data-unread", "0");
            assertThat(emil.sentence(2)).not().hasAttribute("data-comments", "1");

            // Eva comments on sentence 2 and completes the mention from the suggestion list.
            eva.sentence(2).click();
            eva.press("Enter");
            Locator evaThreads = page.locator(".fd-sentence-discussion");
            Locator input = evaThreads.locator(".fd-new-thread textarea");
            input.fill("Bitte Quelle prüfen, @edit");
            page.locator(".fd-mention-option[data-username='editor2']").click();
            assertThat(input).hasValue("Bitte Quelle prüfen, @editor2 ");
            input.pressSequentially("<b>danke</b>");
            evaThreads.locator(".fd-new-thread .fd-comment-send").click();
            assertThat(evaThreads.locator(".fd-comment")).hasCount(1);
            assertThat(evaThreads.locator(".fd-comment-body")).hasText("Bitte Quelle prüfen, @editor2 <b>danke</b>");
            assertThat(eva.sentence(2)).hasAttribute("data-comments", "1");

            // Live in Emil's reader and bell.
            assertThat(emil.sentence(2)).hasAttribute("data-comments", "1");
            assertThat(emil.sentence(2)).hasAttribute("data-open-discussion", "");
            assertThat(bell).hasAttribute("data-unread", "1");
            assertThat(bell.locator(".fd-bell-count")).hasText("1");

            // The list links to the sentence; following it selects sentence 2 and reads the notification.
            emil.sentence(4).click();
            bell.locator(".fd-bell-button").click();
            Locator item = otherPage.locator(".fd-notification-item").first();
            assertThat(item).containsText("Eva Editor mentioned you in \"" + SEED_004);
            assertThat(item).containsText("<b>danke</b>");
            assertThat(item.locator(".fd-notification-link")).hasText("Sentence 2");
            assertThat(item.locator(".fd-notification-link")).hasAttribute("href",
                    java.util.regex.Pattern.compile("article/\\d+#sentence-2$"));
            // Once the dialog has finished opening (its fade-in would leave it half transparent).
            otherPage.waitForFunction("() => !document.querySelector('vaadin-dialog-overlay[opening], vaadin-dialog[opening]')");
            otherPage.waitForTimeout(300);
            otherPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("discussion-notifications.png")));
            item.locator(".fd-notification-link").click();
            assertThat(otherPage).hasURL(java.util.regex.Pattern.compile("article/\\d+#sentence-2$"));
            assertThat(emil.sentence(2)).hasAttribute("aria-current", "true");
            assertThat(emil.sentence(4)).not().hasAttribute("aria-current", "true");
            assertThat(bell).hasAttribute("data-unread", "0");
            assertThat(otherPage.locator("vaadin-dialog[opened]")).hasCount(0);

            // Emil replies; Eva, whose panel shows sentence 2, sees it come in.
            emil.sentence(2).click();
            emil.press("Enter");
            assertThat(emil.panel()).isVisible();
            Locator emilThreads = otherPage.locator(".fd-sentence-discussion");
            assertThat(emilThreads.locator(".fd-comment")).hasCount(1);
            emilThreads.locator(".fd-reply").click();
            emilThreads.locator(".fd-reply-input textarea").fill("Mache ich.");
            emilThreads.locator(".fd-reply-input .fd-comment-send").click();
            assertThat(evaThreads.locator(".fd-comment")).hasCount(2);
            assertThat(evaThreads.locator(".fd-comment").nth(1)).containsText("Mache ich.");
            assertThat(eva.sentence(2)).hasAttribute("data-comments", "2");

            // Eva edits her comment: shown as edited in both; Emil cannot edit it.
            assertThat(emilThreads.locator(".fd-comment").first().locator(".fd-edit")).hasCount(0);
            evaThreads.locator(".fd-comment").first().locator(".fd-edit").click();
            Locator edit = evaThreads.locator(".fd-edit-input textarea");
            edit.fill("Bitte die Quelle prüfen, @editor2.");
            evaThreads.locator(".fd-edit-input .fd-comment-send").click();
            assertThat(evaThreads.locator(".fd-comment").first().locator(".fd-comment-edited")).hasText("(edited)");
            assertThat(emilThreads.locator(".fd-comment").first().locator(".fd-comment-body"))
                    .hasText("Bitte die Quelle prüfen, @editor2.");
            assertThat(emilThreads.locator(".fd-comment").first()).hasAttribute("data-edited", "");

            // Emil deletes his reply: it stays as "deleted" in both, the count drops.
            emilThreads.locator(".fd-comment").nth(1).locator(".fd-delete").click();
            assertThat(emilThreads.locator(".fd-comment").nth(1).locator(".fd-comment-deleted")).hasText("deleted");
            assertThat(evaThreads.locator(".fd-comment").nth(1)).hasAttribute("data-deleted", "");
            assertThat(evaThreads.locator(".fd-comment").nth(1)).not().containsText("Mache ich.");
            assertThat(eva.sentence(2)).hasAttribute("data-comments", "1");
            assertThat(evaThreads.locator(".fd-edit-input")).isHidden();
            evaThreads.scrollIntoViewIfNeeded();
            evaThreads.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("discussion-thread.png")));

            // "With open discussion" shows sentence 2 only, until the thread is resolved.
            Locator filter = page.locator("vaadin-select.fd-filter");
            Selects.choose(filter, page.locator("vaadin-select.fd-filter vaadin-select-item[role='option']",
                    new Page.LocatorOptions().setHasText("With open discussion")));
            assertThat(eva.sentence(2)).isVisible();
            assertThat(eva.sentence(1)).isHidden();
            evaThreads.locator(".fd-resolve").click();
            assertThat(evaThreads.locator(".fd-thread")).hasAttribute("data-resolved", "true");
            assertThat(eva.sentence(2)).isHidden();
            assertThat(emil.sentence(2)).not().hasAttribute("data-open-discussion", "");
            assertThat(emilThreads.locator(".fd-thread-resolved")).containsText("Resolved by Eva Editor");
        } finally {
            secondContext.close();
        }
    }
}
