package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.importing.ImportService;
import org.factdesk.review.ReviewService;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The side panel as an editor uses it (issue 14, "The side panel"): it follows the selection and
 * saves to the sentence it shows, asks before a draft is lost, keeps a draft across a reload, keeps
 * the loser's text in a conflict, opens by mouse, and reads only where nothing may change. It imports
 * articles of its own, so it runs on a database of its own.
 */
@TestPropertySource(properties = "factdesk.test.database=panel-journey")
class PanelJourneyIT extends BrowserJourney {

    @Autowired
    ImportService importService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    ArticleService articleService;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void the_panel_follows_j_click_and_a_range_and_saves_to_the_sentence_it_shows() {
        ArticleId article = ownArticle("follows", "editor");
        ReaderPage reader = open(page, "editor", article);

        reader.sentence(2).click();
        reader.press("Enter");
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "2");
        // A click moves the selection and the panel with it; j goes on from there.
        reader.sentence(3).click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3");
        assertThat(reader.panel()).containsText("Der zweite Satz folgt sogleich.");
        reader.press("j");
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "4");
        assertThat(reader.panel()).containsText("Sentence 4");
        assertThat(reader.panel()).containsText("Der dritte Satz ist da.");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-follows.png")));

        reader.chooseVerdictInPanel("disputed");
        reader.panelNote().fill("Vierter Satz: Quelle fehlt.");
        reader.savePanel();
        assertThat(reader.sentence(4)).hasAttribute("data-verdict", "disputed");

        // A range: the verdict goes to all of it, note and evidence are off.
        reader.sentence(1).click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "1");
        reader.sentence(3).click(new Locator.ClickOptions().setModifiers(
                List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        assertThat(reader.panel()).hasAttribute("data-range", "1-3");
        assertThat(reader.panel()).not().hasAttribute("data-sentence-ordinal", Pattern.compile(".*"));
        assertThat(reader.panel()).containsText("Sentences 1–3 selected");
        assertThat(reader.panel().locator(".fd-panel-note")).hasAttribute("disabled", "");
        assertThat(reader.panel().locator(".fd-add-evidence")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-range.png")));
        reader.chooseVerdictInPanel("no claim");
        reader.savePanel();
        for (int ordinal = 1; ordinal <= 3; ordinal++) {
            assertThat(reader.sentence(ordinal)).hasAttribute("data-verdict", "no-claim");
            assertThat(reader.sentence(ordinal)).not().hasAttribute("data-pending", Pattern.compile(".*"));
        }

        // After a reload the reader shows what was stored, on the sentences it was meant for.
        page.reload();
        reader.waitUntilRendered();
        assertThat(reader.sentence(4)).hasAttribute("data-verdict", "disputed");
        assertThat(reader.sentence(5)).hasAttribute("data-verdict", "");
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "no-claim");
        reader.sentence(4).click();
        reader.press("Enter");
        assertThat(reader.panelNote()).hasValue("Vierter Satz: Quelle fehlt.");
        reader.sentence(3).click();
        assertThat(reader.panelNote()).hasValue("");
    }

    @Test
    void a_typed_note_survives_esc_and_stay_is_saved_after_save_and_is_gone_only_after_discard() {
        ArticleId article = ownArticle("drafts", "editor");
        ReaderPage reader = open(page, "editor", article);
        Locator question = page.locator("vaadin-dialog.fd-draft-dialog .fd-draft-stay");

        reader.sentence(2).click();
        reader.press("Enter");
        reader.chooseVerdictInPanel("disputed");
        reader.panelNote().fill("Die Zahl stimmt nicht.");
        reader.panelNote().press("Escape");
        assertThat(question).isVisible();
        assertThat(page.locator("vaadin-dialog.fd-draft-dialog")).containsText(
                "Sentence 2 has a verdict, note or evidence that is not saved.");
        page.evaluate("() => Promise.all(document.getAnimations().map(animation => animation.finished))");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-draft-question.png")));
        page.locator(".fd-draft-stay").click();
        assertThat(question).isHidden();
        assertThat(reader.panel()).isVisible();
        assertThat(reader.panelNote()).hasValue("Die Zahl stimmt nicht.");
        // Esc in the question means stay too: a key pressed once too often loses nothing.
        reader.panelNote().press("Escape");
        assertThat(question).isVisible();
        // The key goes to the question once it has the focus (pressed earlier, a loaded CI machine lost it).
        assertThat(question).isFocused();
        page.keyboard().press("Escape");
        assertThat(question).isHidden();
        assertThat(reader.panel()).isVisible();
        assertThat(reader.panelNote()).hasValue("Die Zahl stimmt nicht.");

        reader.panelNote().press("Escape");
        page.locator(".fd-draft-save").click();
        assertThat(reader.panel()).isHidden();
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "disputed");
        org.assertj.core.api.Assertions.assertThat(draftKeys()).isEmpty();

        // Moving on with a draft asks too; discarding leaves the stored state, here none.
        reader.sentence(3).click();
        reader.press("Enter");
        reader.panelNote().fill("Nur ein Gedanke.");
        reader.sentence(4).click();
        assertThat(question).isVisible();
        page.locator(".fd-draft-stay").click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3");
        assertThat(reader.sentence(3)).hasClass(Pattern.compile("fd-selected"));
        reader.sentence(4).click();
        page.locator(".fd-draft-discard").click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "4");
        org.assertj.core.api.Assertions.assertThat(draftKeys()).isEmpty();

        // A link inside the app asks in the app's own dialog, not the browser's.
        reader.sentence(5).click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "5");
        reader.panelNote().fill("Noch offen.");
        page.onDialog(dialog -> org.assertj.core.api.Assertions.fail("the browser asked: " + dialog.message()));
        page.locator("a.fd-back").click();
        assertThat(question).isVisible();
        page.locator(".fd-draft-stay").click();
        assertThat(reader.panelNote()).hasValue("Noch offen.");
        // The menu's links (inside the side navigation's shadow DOM) are held the same way.
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My articles")).click();
        assertThat(question).isVisible();
        page.locator(".fd-draft-discard").click();
        assertThat(page.locator("fd-article-text")).hasCount(0);

        page.navigate("article/" + article.value());
        reader.waitUntilRendered();
        reader.sentence(2).click();
        reader.press("Enter");
        assertThat(reader.panelNote()).hasValue("Die Zahl stimmt nicht.");
        reader.sentence(3).click();
        assertThat(reader.panelNote()).hasValue("");
        assertThat(page.locator(".fd-panel-draft-restored")).isHidden();
        reader.sentence(5).click();
        assertThat(reader.panelNote()).hasValue("");
    }

    @Test
    void a_draft_survives_a_reload_for_its_user_only() {
        ArticleId article = ownArticle("reload", "editor");
        ReaderPage reader = open(page, "editor", article);
        reader.sentence(2).click();
        reader.press("Enter");
        reader.panelNote().fill("Entwurf: Zahl beim Amt nachfragen.");
        reader.addEvidenceUrl("https://www.destatis.de/");
        page.onDialog(com.microsoft.playwright.Dialog::accept); // the browser's leave prompt: leave
        page.reload();
        reader.waitUntilRendered();

        reader.sentence(2).click();
        reader.press("Enter");
        assertThat(reader.panelNote()).hasValue("Entwurf: Zahl beim Amt nachfragen.");
        assertThat(page.locator(".fd-evidence-url input")).hasValue("https://www.destatis.de/");
        assertThat(page.locator(".fd-panel-draft-restored")).hasText("Draft restored (not saved yet)");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-draft-restored.png")));
        // Nothing was stored on the server: it is a draft in this browser.
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "");

        // Another user on the same browser does not get it.
        context.clearCookies();
        ReaderPage lead = open(page, "lead", article);
        lead.sentence(2).click();
        lead.press("Enter");
        assertThat(lead.panel()).hasAttribute("data-sentence-ordinal", "2");
        assertThat(lead.panelNote()).hasValue("");
        assertThat(page.locator(".fd-panel-draft-restored")).isHidden();
        org.assertj.core.api.Assertions.assertThat(draftKeys()).singleElement().asString()
                .startsWith("factdesk.draft:editor:");
    }

    @Test
    void a_refused_save_keeps_the_editors_text_beside_the_colleagues_to_merge_and_save_again() {
        ArticleId article = ownArticle("conflict", "editor");
        BrowserContext leadContext = newContext("en-US");
        try {
            ReaderPage editor = open(page, "editor", article);
            ReaderPage lead = open(leadContext.newPage(), "lead", article);
            editor.sentence(3).click();
            editor.press("Enter");
            lead.sentence(3).click();
            lead.press("Enter");

            editor.chooseVerdictInPanel("disputed");
            editor.panelNote().fill("Eva: die Zahl ist von 2023.");
            lead.chooseVerdictInPanel("promotional");
            lead.panelNote().fill("Lena: das ist Werbung.");
            lead.savePanel();
            assertThat(lead.sentence(3)).hasAttribute("data-verdict", "promotional");

            editor.savePanel();
            Locator conflict = page.locator(".fd-panel-conflict");
            assertThat(conflict).isVisible();
            assertThat(conflict).containsText("Lena Lead");
            assertThat(conflict).containsText("Lena: das ist Werbung.");
            assertThat(conflict).containsText("promotional");
            assertThat(editor.panelNote()).hasValue("Eva: die Zahl ist von 2023.");
            assertThat(editor.sentence(3)).hasAttribute("data-verdict", "promotional");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-conflict.png")));

            // Merged and saved again: goes through, from the version the colleague left.
            editor.panelNote().fill("Eva: die Zahl ist von 2023. Lena: das ist Werbung.");
            editor.savePanel();
            assertThat(conflict).isHidden();
            assertThat(editor.sentence(3)).hasAttribute("data-verdict", "disputed");
            assertThat(lead.sentence(3)).hasAttribute("data-verdict", "disputed");

            page.reload();
            editor.waitUntilRendered();
            editor.sentence(3).click();
            editor.press("Enter");
            assertThat(editor.panelNote()).hasValue("Eva: die Zahl ist von 2023. Lena: das ist Werbung.");
            assertThat(editor.history().locator(".fd-history-entry")).hasCount(2);
        } finally {
            leadContext.close();
        }
    }

    @Test
    void mouse_users_open_the_panel_by_double_click_or_the_sentence_toolbar_and_mark_there() {
        ArticleId article = ownArticle("mouse", "editor");
        ReaderPage reader = open(page, "editor", article);

        reader.sentence(3).dblclick();
        assertThat(reader.panel()).isVisible();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3");
        reader.panel().locator(".fd-panel-close").click();
        assertThat(reader.panel()).isHidden();

        reader.sentence(5).hover();
        Locator tools = page.locator("fd-article-text .fd-sentence-tools");
        assertThat(tools).isVisible();
        assertThat(tools.locator(".fd-tool-open")).hasText("Open");
        tools.locator("[data-tool-verdict='promotional']").click();
        assertThat(reader.sentence(5)).hasAttribute("data-verdict", "promotional");
        tools.locator(".fd-tool-open").click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "5");
        tools.locator(".fd-tool-previous").click();
        assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "4");
        reader.sentence(4).hover();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-toolbar.png")));

        BrowserContext german = newContext("de-DE");
        try {
            Page germanPage = german.newPage();
            ReaderPage germanReader = open(germanPage, "editor", article);
            germanReader.press("?");
            Locator sheet = germanPage.locator("vaadin-dialog.fd-shortcuts");
            assertThat(sheet).containsText("Umschalt + j / k");
            assertThat(sheet).containsText("Strg + Eingabe");
            assertThat(sheet).containsText("Leertaste");
            assertThat(sheet).containsText("Pfeiltaste ↓");
            assertThat(sheet).containsText("Doppelklick");
            assertThat(sheet).not().containsText("Shift");
            assertThat(sheet).not().containsText("Space");
        } finally {
            german.close();
        }
    }

    @Test
    void an_approved_article_and_one_not_assigned_read_only_and_say_why() {
        ArticleId approved = ownArticle("approved", "editor");
        List<Long> sentenceIds = SignedInAs.call(userDetailsService, "editor", () -> articleService.findText(approved)
                .orElseThrow().blocks().stream().flatMap(block -> block.sentences().stream())
                .map(ArticleText.Sentence::id).toList());
        SignedInAs.run(userDetailsService, "editor", () -> {
            reviewService.mark(approved, sentenceIds.stream().map(id -> new VerdictChange(id, 0)).toList(),
                    Verdict.NO_CLAIM);
            assignmentService.submit(approved);
        });
        SignedInAs.run(userDetailsService, "lead", () -> assignmentService.approve(approved));

        BrowserContext german = newContext("de-DE", "Europe/Berlin");
        try {
            Page germanPage = german.newPage();
            ReaderPage reader = open(germanPage, "editor", approved);
            String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.GERMAN)
                    .format(LocalDate.now(ZoneId.of("Europe/Berlin")));
            assertThat(germanPage.locator(".fd-read-only")).hasText("Freigegeben am " + today + " von Lena Lead");
            reader.sentence(3).dblclick();
            Locator panel = reader.panel();
            assertThat(panel).hasAttribute("data-sentence-ordinal", "3");
            assertThat(panel.locator(".fd-panel-read-only")).hasText("Freigegeben am " + today + " von Lena Lead");
            assertNoEnabledEditingControl(germanPage);
            reader.sentence(3).hover();
            assertThat(germanPage.locator(".fd-sentence-tools [data-tool-verdict]")).hasCount(0);
            assertThat(germanPage.locator(".fd-sentence-tools .fd-tool-clear")).hasCount(0);
            reader.sentence(3).click();
            reader.press("p");
            assertThat(reader.sentence(3)).hasAttribute("data-verdict", "no-claim");
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-read-only.png")));
            germanPage.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-read-only-dark.png")));
        } finally {
            german.close();
        }

        // Someone else's article: editor2 reads it only.
        ArticleId others = ownArticle("others", "editor");
        ReaderPage reader = open(page, "editor2", others);
        assertThat(page.locator(".fd-read-only")).hasText("Not assigned to you — read only");
        reader.sentence(2).dblclick();
        assertThat(reader.panel().locator(".fd-panel-read-only")).hasText("Not assigned to you — read only");
        assertNoEnabledEditingControl(page);
        reader.press("n");
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "");
    }

    private static void assertNoEnabledEditingControl(Page page) {
        Locator panel = page.locator(".fd-panel");
        assertThat(panel.locator(".fd-panel-save")).isHidden();
        assertThat(panel.locator(".fd-add-evidence")).isHidden();
        assertThat(panel.locator(".fd-panel-note")).hasJSProperty("readonly", true);
        assertThat(panel.locator(".fd-panel-verdict")).hasJSProperty("readonly", true);
        assertThat(panel.locator(".fd-panel-note textarea")).not().isEditable();
        // The discussion stays open: anyone who may read the article may comment on it (issue 14).
        @SuppressWarnings("unchecked")
        List<String> enabled = (List<String>) panel.locator("vaadin-button:visible:not([disabled])").evaluateAll(
                "buttons => buttons.filter(b => !b.closest('.fd-discussion')).map(b => b.textContent.trim())");
        org.assertj.core.api.Assertions.assertThat(enabled)
                .as("buttons that may change something").allMatch(text -> text.isBlank() || text.equals("Schließen")
                        || text.equals("Close"));
    }

    private List<String> draftKeys() {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) page.evaluate(
                "() => Object.keys(localStorage).filter(key => key.startsWith('factdesk.draft:'))");
        return keys;
    }

    /** Imports a short article of its own and assigns it to that editor. */
    private ArticleId ownArticle(String tag, String assignee) {
        String text = "Seitenleiste " + tag + "\nDer erste Satz steht hier. Der zweite Satz folgt sogleich. "
                + "Der dritte Satz ist da. Der vierte Satz kommt danach. Der fünfte Satz schließt ab.";
        ArticleId article = SystemAuthentication.runAsSystem(() -> importService.importFile("panel-" + tag + ".txt",
                null, text.getBytes(StandardCharsets.UTF_8)));
        UserId editorId = SignedInAs.user(userDetailsService, assignee).id();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
        return article;
    }

    private static ReaderPage open(Page browserPage, String user, ArticleId article) {
        new LoginPage(browserPage).signInAs(user, user);
        browserPage.navigate("article/" + article.value());
        return new ReaderPage(browserPage).waitUntilRendered();
    }
}
