package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import org.factdesk.article.ArticleId;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What the reader shows while a mark is on its way, when the server refuses it or does not answer,
 * and that leaving with unsaved work asks first. The server's silence is made real by holding the
 * browser's requests to it (Playwright routing), not by anything in the application.
 * It imports articles of its own, so it runs on a database of its own (the other journeys count the
 * five seed articles): the property, at its default value, only gives this class its own context.
 */
@org.springframework.test.context.TestPropertySource(properties = "factdesk.reader.save-timeout=10s")
@org.springframework.test.annotation.DirtiesContext
class SavingStateJourneyIT extends BrowserJourney {

    @Autowired
    ImportService importService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService userDetailsService;

    private final List<ServerLine> lines = new ArrayList<>();

    /** Before the context closes: Playwright fails on closing a page that still routes. */
    @AfterEach
    void releaseLines() {
        lines.forEach(ServerLine::release);
        lines.clear();
    }

    /**
     * The mark's request goes out before the page draws it as pending (ADR 40): Flow sends from a deferred
     * timer, and Chromium holds timers after a key until the next frame when the key's task changed the page.
     * Fails when the element marks the sentence inside the key's task again.
     */
    @Test
    void a_marks_request_leaves_before_the_page_shows_it_pending() {
        ReaderPage reader = openOwnArticle(page, "request-first");
        reader.sentence(2).click();
        page.evaluate("""
                () => {
                  const order = [];
                  window.__fdOrder = order;
                  const send = XMLHttpRequest.prototype.send;
                  const note = (body) => { if (String(body).includes('fd-mark')) order.push('request'); };
                  XMLHttpRequest.prototype.send = function (...args) { note(args[0]); return send.apply(this, args); };
                  const fetchOriginal = window.fetch;
                  window.fetch = function (...args) { note(args[1] && args[1].body); return fetchOriginal.apply(this, args); };
                  const sentence = document.querySelector('fd-article-text [data-ordinal="2"]');
                  new MutationObserver(() => {
                    if (sentence.dataset.pending && !order.includes('pending')) order.push('pending');
                  }).observe(sentence, { attributes: true, attributeFilter: ['data-pending'] });
                }""");
        reader.press("n");
        assertSaved(reader.sentence(2), "no-claim");
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) page.evaluate("() => window.__fdOrder");
        org.assertj.core.api.Assertions.assertThat(order).as("what happened first after the key")
                .containsSubsequence("request", "pending");
        org.assertj.core.api.Assertions.assertThat(order.getFirst()).isEqualTo("request");
    }

    /** Keys typed in one go (one task, before any timer) see the marks typed before them: n then Space skips it. */
    @Test
    void keys_typed_in_one_go_see_the_marks_before_them() {
        ReaderPage reader = openOwnArticle(page, "keys-in-one-go");
        reader.sentence(1).click();
        page.evaluate("""
                () => {
                  const key = (k) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
                  key('j'); key('n'); key('k'); key(' ');
                }""");
        assertSaved(reader.sentence(2), "no-claim");
        assertThat(reader.sentence(3)).hasClass(java.util.regex.Pattern.compile("fd-focus"));
    }

    @Test
    void a_pending_mark_looks_pending_until_the_server_confirms_it() {
        ReaderPage reader = openOwnArticle(page, "pending");
        ServerLine server = line(page);
        reader.sentence(2).click();
        reader.press("n");
        assertSaved(reader.sentence(2), "no-claim");

        server.hold();
        reader.sentence(3).click();
        reader.press("n");
        Locator pending = reader.sentence(3);
        assertThat(pending).hasAttribute("data-pending", "true");
        assertThat(pending).hasAttribute("data-verdict", "no-claim");
        assertLooksPending(pending, reader.sentence(2));
        assertThat(reader.saveState()).isVisible();
        assertThat(reader.saveState()).hasText("Saving…");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("saving-pending.png")));
        page.locator(".fd-toolbar, fd-article-text").last().screenshot(
                new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("saving-pending-text.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertLooksPending(pending, reader.sentence(2));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("saving-pending-dark.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));

        server.answer();
        assertSaved(pending, "no-claim");
        assertThat(reader.saveState()).isHidden();
        org.assertj.core.api.Assertions.assertThat(style(pending, "backgroundImage"))
                .isEqualTo(style(reader.sentence(2), "backgroundImage"));

        page.reload();
        reader.waitUntilRendered();
        assertSaved(reader.sentence(3), "no-claim");
    }

    @Test
    void a_refused_mark_goes_back_to_the_stored_verdict_and_says_which_sentences_were_not_saved() {
        ReaderPage reader = openOwnArticle(page, "refused");
        reader.sentence(3).click();
        reader.press("Shift+J", "n");
        assertSaved(reader.sentence(3), "no-claim");
        assertSaved(reader.sentence(4), "no-claim");

        // Disputed needs a note: the server refuses the range as a whole.
        reader.press("d");
        assertThat(reader.notification()).containsText("Sentences 3, 4 were not saved:");
        assertThat(reader.notification()).containsText("cannot be marked disputed without a note");
        assertSaved(reader.sentence(3), "no-claim");
        assertSaved(reader.sentence(4), "no-claim");
        // 6 sentences, the first the heading "Speicherprobe refused", which the progress counts only once reviewed.
        assertThat(reader.progressText()).hasText("2 of 5 reviewed");
        settle(reader.notification());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("saving-refused.png")));

        page.reload();
        reader.waitUntilRendered();
        assertSaved(reader.sentence(3), "no-claim");
        assertSaved(reader.sentence(4), "no-claim");
    }

    @Test
    void an_unanswered_mark_is_rolled_back_and_a_late_answer_shows_what_the_server_stored() {
        BrowserContext german = newContext("de-DE");
        try {
            Page germanPage = german.newPage();
            ReaderPage reader = openOwnArticle(germanPage, "unanswered");
            ServerLine server = line(germanPage);
            reader.sentence(4).click();
            reader.press("p");
            assertSaved(reader.sentence(4), "promotional");
            // The element waits 10 s by default (factdesk.reader.save-timeout); here a shorter wait will do.
            germanPage.evaluate("() => document.querySelector('fd-article-text').saveTimeout = 1500");

            server.hold();
            reader.sentence(3).click();
            reader.press("Shift+J", "n");
            assertThat(reader.sentence(3)).hasAttribute("data-pending", "true");
            assertThat(reader.sentence(4)).hasAttribute("data-verdict", "no-claim");

            // No answer in time: back to what the server last confirmed, and said so.
            assertThat(reader.notification()).containsText("Sätze 3, 4 nicht gespeichert:");
            assertThat(reader.notification()).containsText("nicht rechtzeitig geantwortet");
            assertSaved(reader.sentence(3), "");
            assertSaved(reader.sentence(4), "promotional");
            settle(reader.notification());
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("saving-no-answer.png")));

            // The request arrives after all: the screen shows what the server stored, not the old guess.
            server.answer();
            assertSaved(reader.sentence(3), "no-claim");
            assertSaved(reader.sentence(4), "no-claim");
            assertThat(reader.notification()).containsText("Sätze 3, 4 wurden doch gespeichert.");

            germanPage.reload();
            reader.waitUntilRendered();
            assertSaved(reader.sentence(3), "no-claim");
            assertSaved(reader.sentence(4), "no-claim");
        } finally {
            releaseLines();
            german.close();
        }
    }

    @Test
    void leaving_with_a_pending_mark_or_an_unsaved_note_asks_first_and_otherwise_not() {
        ReaderPage reader = openOwnArticle(page, "leaving");
        List<Dialog> asked = new ArrayList<>();
        page.onDialog(dialog -> {
            asked.add(dialog);
            dialog.dismiss(); // stay on the page
        });
        ServerLine server = line(page);

        // Everything saved: a reload does not ask (the key press gave the page the user activation a prompt needs).
        reader.sentence(2).click();
        reader.press("n");
        assertSaved(reader.sentence(2), "no-claim");
        page.reload();
        reader.waitUntilRendered();
        org.assertj.core.api.Assertions.assertThat(asked).isEmpty();
        reader.press("j");
        String readerUrl = page.url();
        page.locator("a.fd-back").click();
        assertThat(new ArticleListPage(page).grid()).isVisible();
        org.assertj.core.api.Assertions.assertThat(asked).isEmpty();
        // Back to the reader by its address, not page.goBack(): history back with the UIDL requests routed
        // through Playwright once left the reader unrendered in CI (not reproduced in 6 idle runs).
        page.navigate(readerUrl);
        reader.waitUntilRendered();

        // A note typed but not saved.
        reader.sentence(3).click();
        reader.press("Enter");
        assertThat(reader.panel()).containsText("Sentence 3");
        reader.panelNote().fill("Die Zahl ist aus dem Geschäftsbericht 2024.");
        askToLeave(asked, 1);
        assertThat(reader.panelNote()).hasValue("Die Zahl ist aus dem Geschäftsbericht 2024.");
        // A link inside the app changes the view without unloading the page: the reader asks itself, for
        // input in the panel in its own dialog (save / discard / stay).
        page.locator("a.fd-back").click();
        Locator question = page.locator("vaadin-dialog.fd-draft-dialog");
        assertThat(question.locator(".fd-draft-stay")).isVisible();
        assertThat(question).containsText("not saved");
        question.locator(".fd-draft-stay").click();
        assertThat(question.locator(".fd-draft-stay")).isHidden();
        org.assertj.core.api.Assertions.assertThat(asked).hasSize(1);
        assertThat(reader.panelNote()).hasValue("Die Zahl ist aus dem Geschäftsbericht 2024.");
        assertThat(reader.title()).hasText("Speicherprobe leaving");
        reader.chooseVerdictInPanel("verified");
        reader.savePanel();
        assertSaved(reader.sentence(3), "verified");

        // A mark still on its way.
        reader.panelNote().press("Escape");
        assertThat(reader.panel()).isHidden();
        server.hold();
        reader.press("j", "n");
        assertThat(reader.sentence(4)).hasAttribute("data-pending", "true");
        askToLeave(asked, 2);
        // A link inside the app with only a mark on its way: the browser's confirm asks.
        page.locator("a.fd-back").click();
        org.assertj.core.api.Assertions.assertThat(asked).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(asked.getLast().type()).isEqualTo("confirm");
        org.assertj.core.api.Assertions.assertThat(asked.getLast().message()).contains("not saved");
        assertThat(reader.title()).hasText("Speicherprobe leaving");
        server.answer();
        assertSaved(reader.sentence(4), "no-claim");

        // All saved again (the panel shows what is stored): the page closes without asking.
        reader.sentence(3).click();
        reader.press("Enter");
        assertThat(reader.panelNote()).hasValue("Die Zahl ist aus dem Geschäftsbericht 2024.");
        server.release();
        page.waitForClose(() -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        org.assertj.core.api.Assertions.assertThat(asked).hasSize(3);
    }

    private ServerLine line(Page browserPage) {
        ServerLine line = new ServerLine(browserPage);
        lines.add(line);
        return line;
    }

    /** Tries to close the page; the browser asks (a beforeunload dialog), the handler stays. */
    private void askToLeave(List<Dialog> asked, int expectedQuestions) {
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.context().waitForCondition(() -> asked.size() == expectedQuestions || page.isClosed());
        org.assertj.core.api.Assertions.assertThat(page.isClosed()).as("the page was left without asking").isFalse();
        org.assertj.core.api.Assertions.assertThat(asked).hasSize(expectedQuestions);
        org.assertj.core.api.Assertions.assertThat(asked.getLast().type()).isEqualTo("beforeunload");
    }

    private static void assertSaved(Locator sentence, String verdict) {
        assertThat(sentence).hasAttribute("data-verdict", verdict);
        assertThat(sentence).not().hasAttribute("data-pending", java.util.regex.Pattern.compile(".*"));
    }

    /** Pending is drawn differently from saved: dashed underline and stripes instead of a solid tint. */
    private static void assertLooksPending(Locator pending, Locator saved) {
        org.assertj.core.api.Assertions.assertThat(style(pending, "textDecorationStyle")).isEqualTo("dashed");
        org.assertj.core.api.Assertions.assertThat(style(pending, "backgroundImage")).contains("repeating-linear-gradient");
        org.assertj.core.api.Assertions.assertThat(style(saved, "backgroundImage")).isEqualTo("none");
        org.assertj.core.api.Assertions.assertThat(style(saved, "boxShadow")).isNotEqualTo("none");
        org.assertj.core.api.Assertions.assertThat(style(pending, "boxShadow")).isEqualTo("none");
    }

    private static String style(Locator element, String property) {
        return (String) element.evaluate("(e, p) => getComputedStyle(e)[p]", property);
    }

    private static void settle(Locator notification) {
        notification.evaluate("card => Promise.all(card.getAnimations({ subtree: true }).map(a => a.finished))");
    }

    /** Imports a short article of its own (so no other journey's marks interfere), assigns it to the editor, opens it. */
    private ReaderPage openOwnArticle(Page browserPage, String tag) {
        String text = "Speicherprobe " + tag + "\nDer erste Satz steht hier. Der zweite Satz folgt sogleich. "
                + "Der dritte Satz ist da. Der vierte Satz kommt danach. Der fünfte Satz schließt ab.";
        ArticleId article = SystemAuthentication.runAsSystem(() -> importService.importFile(tag + ".txt", null, (text).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        UserId editorId = SignedInAs.user(userDetailsService, "editor").id();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
        new LoginPage(browserPage).signInAs("editor", "editor");
        browserPage.navigate("article/" + article.value());
        return new ReaderPage(browserPage).waitUntilRendered();
    }

    /**
     * The browser's line to the server (Vaadin's requests): held, the server hears nothing until
     * {@link #answer()} lets the held requests through, late.
     */
    private static final class ServerLine {
        private final Page page;
        private final List<Route> held = new ArrayList<>();
        private boolean holding;

        ServerLine(Page page) {
            this.page = page;
            page.route(url -> url.contains("v-r=uidl"), route -> {
                if (holding) {
                    held.add(route);
                } else {
                    resume(route);
                }
            });
        }

        void hold() {
            holding = true;
        }

        void answer() {
            holding = false;
            held.forEach(ServerLine::resume);
            held.clear();
        }

        /** Lets everything through and stops routing. */
        void release() {
            answer();
            if (!page.isClosed()) {
                page.unrouteAll();
            }
        }

        private static void resume(Route route) {
            try {
                route.resume();
            } catch (PlaywrightException closing) {
                // The page is closing (Vaadin says goodbye to the server on unload): nothing waits for it.
            }
        }
    }
}
