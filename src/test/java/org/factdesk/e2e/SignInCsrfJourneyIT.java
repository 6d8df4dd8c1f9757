package org.factdesk.e2e;

import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The sign-in form's CSRF token, as a browser sees it. */
class SignInCsrfJourneyIT extends BrowserJourney {

    @Test
    void the_login_form_posts_its_csrf_token() {
        LoginPage login = new LoginPage(page).open();
        assertThat(page.locator("meta[name='_csrf']")).hasCount(1);

        login.submit("editor", "editor");

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator(".fd-user-name")).hasText("Eva Editor");
    }

    @Test
    void a_sign_in_from_a_page_whose_session_ended_is_sent_back_with_a_note_and_then_works() {
        LoginPage login = new LoginPage(page).open();
        // The session behind the page ends (server restart, timeout): its token is no longer valid.
        context.clearCookies();

        login.submit("editor", "editor");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?expired$"));
        assertThat(page.getByText("The sign-in page had expired. Please sign in again.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-expired.png")));
        assertThat(page.locator(".fd-user-name")).hasCount(0);
        new LoginPage(page).signInAs("editor", "editor");
        assertThat(page.locator(".fd-user-name")).hasText("Eva Editor");
    }
}
