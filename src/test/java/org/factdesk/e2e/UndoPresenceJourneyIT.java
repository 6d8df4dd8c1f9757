package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.importing.ImportService;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Undo and redo, "restore this version", presence, who set a verdict, and the workflow in the reader
 * (ADR 0027). Each test imports an article of its own, assigned to Eva Editor; the class runs on a database
 * of its own (the other journeys count the five seeds).
 */
@TestPropertySource(properties = "factdesk.test.database=undo-presence-journey")
class UndoPresenceJourneyIT extends BrowserJourney {

    private static final Pattern ANY = Pattern.compile(".*");

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserDetailsService users;

    @Test
    void ctrl_z_undoes_a_range_as_one_step_and_ctrl_shift_z_redoes_it_and_a_reload_keeps_the_state() {
        ArticleId article = ownArticle("range");
        ReaderPage reader = open(page, "editor", article);
        Locator undo = page.locator("vaadin-button.fd-undo");
        Locator redo = page.locator("vaadin-button.fd-redo");
        assertThat(undo).hasAttribute("disabled", ANY);
        assertThat(redo).hasAttribute("disabled", ANY);

        reader.sentence(2).click();
        reader.press("Shift+J", "n");
        assertSaved(reader.sentence(2), "no-claim");
        assertSaved(reader.sentence(3), "no-claim");
        assertThat(undo).not().hasAttribute("disabled", ANY);

        reader.press("Control+z");
        assertSaved(reader.sentence(2), "");
        assertSaved(reader.sentence(3), "");
        assertThat(reader.progressText()).hasText("0 of 5 reviewed"); // the heading counts only once reviewed
        assertThat(undo).hasAttribute("disabled", ANY);
        assertThat(redo).not().hasAttribute("disabled", ANY);

        reader.press("Control+Shift+Z");
        assertSaved(reader.sentence(2), "no-claim");
        assertSaved(reader.sentence(3), "no-claim");

        // The toolbar's button, then Ctrl+Y: back and forth once more.
        undo.click();
        assertSaved(reader.sentence(3), "");
        reader.press("Control+y");
        assertSaved(reader.sentence(3), "no-claim");

        page.reload();
        reader.waitUntilRendered();
        assertSaved(reader.sentence(2), "no-claim");
        assertSaved(reader.sentence(3), "no-claim");
        assertThat(undo).hasAttribute("disabled", ANY); // the stack belongs to the reader that made the changes

        // The history kept every step as a change of its own: mark, undo, redo, undo, redo.
        reader.sentence(3).click();
        reader.press("Enter");
        assertThat(reader.history().locator(".fd-history-entry")).hasCount(5);
        assertThat(reader.history().locator(".fd-history-entry").first()).containsText("redo");
        assertThat(reader.history()).containsText("undo of version 1");
    }

    @Test
    void undo_is_refused_when_a_colleague_changed_the_sentence_since() {
        ArticleId article = ownArticle("conflict");
        ReaderPage reader = open(page, "editor", article);
        reader.sentence(2).click();
        reader.press("n");
        assertSaved(reader.sentence(2), "no-claim");

        // Lena Lead changes the sentence meanwhile (it arrives live).
        long sentenceId = sentenceIds(article).get(1);
        SignedInAs.run(users, "lead", () -> reviewService.mark(article, List.of(new VerdictChange(sentenceId, 1)),
                Verdict.PROMOTIONAL));
        assertSaved(reader.sentence(2), "promotional");

        reader.press("Control+z");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("was changed by Lena Lead");
        assertSaved(reader.sentence(2), "promotional");
        assertThat(page.locator("vaadin-button.fd-undo")).hasAttribute("disabled", ANY);
        SentenceVerdict stored = SystemAuthentication.runAsSystem(() ->
                reviewService.verdictsOfSentences(List.of(sentenceId))).get(sentenceId);
        org.assertj.core.api.Assertions.assertThat(stored.verdict()).isEqualTo(Verdict.PROMOTIONAL);
    }

    @Test
    void restore_this_version_sets_verdict_note_and_evidence_back_from_the_history() {
        ArticleId article = ownArticle("restore");
        ReaderPage reader = open(page, "editor", article);
        reader.sentence(2).click();
        reader.press("Enter");
        reader.chooseVerdictInPanel("verified");
        reader.panelNote().fill("Laut Jahresbericht.");
        reader.addEvidenceUrl("https://example.org/bericht");
        reader.savePanel();
        assertSaved(reader.sentence(2), "verified");
        reader.chooseVerdictInPanel("disputed");
        reader.panelNote().fill("Die Zahl stimmt nicht.");
        page.locator(".fd-evidence-row vaadin-button").first().click(); // remove the evidence
        reader.savePanel();
        assertSaved(reader.sentence(2), "disputed");

        Locator entries = reader.history().locator(".fd-history-entry");
        assertThat(entries).hasCount(2);
        assertThat(entries.first().locator(".fd-history-restore")).hasCount(0); // the current version
        Locator first = reader.history().locator(".fd-history-entry[data-version='1']");
        reader.history().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("history-restore.png")));
        first.locator("vaadin-button.fd-history-restore").click();

        assertSaved(reader.sentence(2), "verified");
        assertThat(reader.panelNote()).hasValue("Laut Jahresbericht.");
        assertThat(page.locator(".fd-evidence-url input")).hasValue("https://example.org/bericht");
        assertThat(entries).hasCount(3);
        assertThat(entries.first()).containsText(Pattern.compile("restored version 1 from .+ by Eva Editor"));
        reader.history().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("history-restored.png")));

        page.reload();
        reader.waitUntilRendered();
        assertSaved(reader.sentence(2), "verified");
    }

    @Test
    void presence_shows_both_users_live_and_drops_the_one_who_leaves() {
        ArticleId article = ownArticle("presence");
        ReaderPage editorReader = open(page, "editor", article);
        Locator bar = page.locator(".fd-presence");
        assertThat(bar).hasAttribute("data-presence", "editor");

        BrowserContext leadContext = newContext("en-US");
        try {
            Page lead = leadContext.newPage();
            open(lead, "lead", article);
            assertThat(lead.locator(".fd-presence")).hasAttribute("data-presence", "editor lead");
            assertThat(bar).hasAttribute("data-presence", "editor lead"); // live, without a reload
            assertThat(bar.locator(".fd-presence-avatar[data-username='lead']")).hasAttribute("title", "Lena Lead");
            assertThat(bar.locator(".fd-presence-avatar[data-username='lead']")).hasText("LL");
            page.locator(".fd-presence").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("presence-bar.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presence-reader.png")));

            lead.locator("a.fd-back").click(); // leaves the reader
            assertThat(lead.locator("fd-article-text")).hasCount(0);
            assertThat(bar).hasAttribute("data-presence", "editor");
            editorReader.waitUntilRendered();
        } finally {
            leadContext.close();
        }
    }

    @Test
    void hovering_shows_who_set_the_verdict_and_the_filters_split_mine_from_others() {
        ArticleId article = ownArticle("who");
        ReaderPage reader = open(page, "editor", article);
        reader.sentence(2).click();
        reader.press("n");
        assertSaved(reader.sentence(2), "no-claim");
        long third = sentenceIds(article).get(2);
        SignedInAs.run(users, "lead", () -> reviewService.mark(article, List.of(new VerdictChange(third, 0)),
                Verdict.PROMOTIONAL));
        assertSaved(reader.sentence(3), "promotional");

        assertThat(reader.sentence(2)).hasAttribute("data-verdict-by", "editor");
        assertThat(reader.sentence(3)).hasAttribute("data-verdict-by", "lead");
        reader.sentence(3).hover();
        assertThat(reader.sentence(3)).hasAttribute("title", Pattern.compile("^Verdict by Lena Lead, .+"));
        assertThat(page.locator(".fd-verdict-by-line")).containsText("Sentence 3: Verdict by Lena Lead");
        reader.sentence(2).click(); // focus (selection) shows it too
        assertThat(page.locator(".fd-verdict-by-line")).containsText("Sentence 2: Verdict by Eva Editor");

        reader.chooseFilter("My verdicts");
        assertThat(reader.sentence(2)).isVisible();
        assertThat(reader.sentence(3)).isHidden();
        assertThat(reader.sentence(4)).isHidden();
        reader.chooseFilter("Others’ verdicts");
        assertThat(reader.sentence(2)).isHidden();
        assertThat(reader.sentence(3)).isVisible();
    }

    @Test
    void submit_asks_with_the_disputed_count_the_lead_returns_pointing_at_a_sentence_and_approves_after_confirming() {
        ArticleId article = ownArticle("workflow");
        ReaderPage reader = open(page, "editor", article);
        reader.sentence(1).click();
        for (int i = 0; i < 5; i++) {
            reader.press("Shift+J");
        }
        reader.press("n");
        assertSaved(reader.sentence(6), "no-claim");
        reader.sentence(2).click();
        reader.press("Enter");
        reader.chooseVerdictInPanel("disputed");
        reader.panelNote().fill("Es sind 280.");
        reader.savePanel();
        assertSaved(reader.sentence(2), "disputed");

        page.locator(".fd-submit").click();
        assertThat(page.locator(".fd-confirm-message")).containsText("One sentence is marked disputed.");
        dialogScreenshot(page, "confirm-submit.png");
        page.locator(".fd-confirm-cancel").click();
        assertThat(page.locator(".fd-workflow-state")).not().containsText("submitted");
        page.locator(".fd-submit").click();
        page.locator(".fd-confirm-ok").click();
        assertThat(page.locator(".fd-workflow-state")).containsText("submitted");

        BrowserContext leadContext = newContext("en-US");
        try {
            Page lead = leadContext.newPage();
            open(lead, "lead", article);
            lead.locator(".fd-reader-return").click();
            lead.locator(".fd-confirm-comment textarea").fill("Bitte #2 mit Beleg prüfen.");
            dialogScreenshot(lead, "confirm-return.png");
            lead.locator(".fd-confirm-ok").click();
            assertThat(lead.locator(".fd-workflow-state")).containsText("in review");

            page.reload();
            reader.waitUntilRendered();
            Locator link = page.locator(".fd-return-comment a.fd-sentence-link");
            assertThat(link).hasAttribute("href", "article/" + article.value() + "#sentence-2");
            assertThat(link).hasText("#2");
            reader.sentence(5).click();
            link.click();
            assertThat(reader.sentence(2)).hasClass(Pattern.compile("fd-selected"));
            assertThat(page).hasURL(Pattern.compile("#sentence-2$"));

            page.locator(".fd-submit").click();
            page.locator(".fd-confirm-ok").click();
            assertThat(page.locator(".fd-workflow-state")).containsText("submitted");

            lead.reload();
            new ReaderPage(lead).waitUntilRendered();
            lead.locator(".fd-reader-approve").click();
            assertThat(lead.locator(".fd-confirm-message")).containsText("One sentence is marked disputed.");
            dialogScreenshot(lead, "confirm-approve.png");
            lead.locator(".fd-confirm-ok").click();
            assertThat(lead.locator(".fd-workflow-state")).hasAttribute("data-state", "APPROVED");
            assertThat(lead.locator(".fd-reader-approve")).isHidden();
        } finally {
            leadContext.close();
        }
    }

    private ArticleId ownArticle(String tag) {
        String text = "Probe " + tag + " " + UUID.randomUUID() + "\nDer erste Satz steht hier. Der zweite Satz folgt sogleich. "
                + "Der dritte Satz ist da. Der vierte Satz kommt danach. Der fünfte Satz schließt ab.";
        ArticleId article = SystemAuthentication.runAsSystem(() -> importService.importFile(tag + ".txt", null,
                text.getBytes(StandardCharsets.UTF_8)));
        UserId editorId = SignedInAs.user(users, "editor").id();
        SignedInAs.run(users, "lead",
                () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
        return article;
    }

    private List<Long> sentenceIds(ArticleId article) {
        return SystemAuthentication.runAsSystem(() -> articleService.findText(article).orElseThrow()).blocks()
                .stream().flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private static ReaderPage open(Page browserPage, String user, ArticleId article) {
        new LoginPage(browserPage).signInAs(user, user);
        browserPage.navigate("article/" + article.value());
        return new ReaderPage(browserPage).waitUntilRendered();
    }

    /** A screenshot once the dialog has finished opening (its animation would leave it half transparent). */
    private static void dialogScreenshot(Page browserPage, String name) {
        browserPage.waitForFunction("() => document.querySelector('vaadin-dialog-overlay, vaadin-dialog')"
                + " && !document.querySelector('vaadin-dialog-overlay[opening], vaadin-dialog[opening]')");
        browserPage.waitForTimeout(300); // the last frame of the fade-in
        browserPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    /** Shows that verdict ("" none) and is not waiting for the server any more. */
    private static void assertSaved(Locator sentence, String verdict) {
        assertThat(sentence).hasAttribute("data-verdict", verdict);
        assertThat(sentence).not().hasAttribute("data-pending", "true");
    }
}
