package org.factdesk.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small things users noticed (issue 16): the note box grows with its text, a range + Enter says the panel shows
 * one sentence, the export dialog has a sensible width, there is a favicon. Only reads: the lead opens seed 004
 * and types without saving, so it shares the seeded database of the other journeys.
 */
class DeskDetailsJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";

    @Test
    void the_note_box_grows_with_its_text() {
        ReaderPage reader = openSeed();
        reader.press("j", "Enter");
        Locator note = reader.panelNote();
        double before = note.boundingBox().height;
        note.fill("Erste Zeile.\n".repeat(14));
        page.waitForTimeout(200);
        double after = note.boundingBox().height;
        assertThat(after).as("note height with 14 lines vs. empty").isGreaterThan(before * 2.5);
        // The whole note is visible in its box: no scrolling inside it.
        assertThat((Boolean) note.evaluate("t => t.scrollHeight <= t.clientHeight + 1")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel-long-note.png")));
        note.fill("");
    }

    @Test
    void a_range_and_enter_says_the_panel_shows_one_sentence() {
        ReaderPage reader = openSeed();
        reader.press("j", "j", "Shift+J", "Shift+J", "Enter");
        assertThat(reader.panel()).isVisible();
        assertThat(reader.panel()).containsText("Sentence 4");
        assertThat(page.locator(".fd-panel-range-hint")).hasText(
                "Sentences 2–4 are selected; the side panel shows sentence 4 only, and what you save here applies"
                        + " to it alone. To mark all selected sentences, press v, d, p or n in the text.");

        // One sentence and Enter: no such line.
        reader.press("Escape");
        reader.sentence(6).click();
        reader.press("Enter");
        assertThat(reader.panel()).containsText("Sentence 6");
        assertThat(page.locator(".fd-panel-range-hint")).isHidden();
    }

    @Test
    void the_export_dialog_is_wide_enough_and_never_wider_than_the_window() {
        ReaderPage reader = openSeed();
        page.locator(".fd-export").first().click();
        Locator dialog = page.locator("vaadin-dialog.fd-export-dialog");
        Locator option = page.locator(".fd-export-option").first();
        option.waitFor();
        double width = overlayWidth(dialog);
        assertThat(width).as("export dialog at 1280 px").isBetween(560.0, 700.0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("export-dialog-1280.png")));

        page.setViewportSize(480, 800);
        page.waitForTimeout(200);
        assertThat(overlayWidth(dialog)).as("export dialog at 480 px").isLessThanOrEqualTo(480.0);
        assertThat(reader.title()).isAttached();
    }

    @Test
    void every_page_has_the_favicon_and_it_is_an_svg_anyone_may_load() {
        page.navigate("login");
        Locator icon = page.locator("head link[rel='icon']");
        assertThat(icon).hasCount(1);
        String href = (String) icon.evaluate("link => link.href");
        assertThat(href).endsWith("/factdesk/favicon.svg");
        APIResponse response = context.request().get(href);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(response.text()).contains("<svg").contains("<title>FactDesk</title>");

        openSeed();
        assertThat(page.locator("head link[rel='icon']")).hasAttribute("href", java.util.regex.Pattern.compile(".*factdesk/favicon\\.svg"));
    }

    private ReaderPage openSeed() {
        new LoginPage(page).signInAs("lead", "lead");
        return new ArticleListPage(page).open(SEED_004);
    }

    /** The width of the dialog's visible box (Vaadin 25 draws it in the dialog's overlay part). */
    private static double overlayWidth(Locator dialog) {
        return ((Number) dialog.evaluate("""
                d => {
                  const root = d.shadowRoot;
                  const overlay = document.querySelector('vaadin-dialog-overlay.fd-export-dialog')
                      || (root && root.querySelector('[part~=overlay]'))
                      || (d.$ && d.$.overlay && d.$.overlay.$ && d.$.overlay.$.overlay);
                  const box = (overlay && overlay.getBoundingClientRect().width) ? overlay : d;
                  return box.getBoundingClientRect().width;
                }""")).doubleValue();
    }
}
