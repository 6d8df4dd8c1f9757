package org.factdesk.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.factdesk.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Routes a user may not open, or that do not exist: a page in the app's layout and language, the right status. */
class RefusalPageJourneyIT extends BrowserJourney {

    @Test
    void an_editor_opening_the_user_admin_gets_a_german_403_page_inside_the_layout_with_a_way_back() {
        page.close();
        page = newContext("de-DE").newPage();
        new LoginPage(page).signInAs("editor", "editor");

        Response response = page.navigate(url("admin/users"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator(".fd-access-denied h1")).hasText("Nicht erlaubt");
        assertThat(page.locator(".fd-access-denied p")).hasText(Pattern.compile("Ihre Rolle darf /admin/users nicht öffnen"));
        assertThat(page.locator(".fd-user-name")).hasText("Eva Editor"); // the app's layout is around it
        assertThat(page).hasTitle("Nicht erlaubt · FactDesk");
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("refusal-403-de.png")));

        page.locator(".fd-refusal-back").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator(".fd-access-denied")).hasCount(0);
    }

    @Test
    void an_address_that_does_not_exist_gets_a_404_page_and_markup_in_it_stays_text() {
        new LoginPage(page).signInAs("lead", "lead");

        Response response = page.navigate(url("no-such-page/deeper"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator(".fd-not-found h1")).hasText("Page not found");
        assertThat(page.locator(".fd-not-found p")).containsText("There is no page at /no-such-page/deeper.");
        assertThat(page.locator(".fd-user-name")).hasText("Lena Lead");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("refusal-404-en.png")));

        // views that exist keep their 200, those with parameters too
        assertThat(page.navigate(url("")).status()).isEqualTo(200);
        assertThat(page.navigate(url("dashboard")).status()).isEqualTo(200);
        assertThat(page.navigate(url("")).status()).isEqualTo(200);
        String reader = page.locator("a.fd-article-link").first().getAttribute("href");
        assertThat(page.navigate(url(reader.replaceFirst("^/", ""))).status()).isEqualTo(200);
        assertThat(page.locator(".fd-not-found, .fd-access-denied")).hasCount(0);
    }

    @Test
    void signed_out_users_are_sent_to_sign_in_for_any_address() {
        page.navigate(url("no-such-page"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(url("admin/users"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
