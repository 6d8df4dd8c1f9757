package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.Selects;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class UserAdminJourneyIT extends BrowserJourney {

    @Test
    void admin_creates_a_user_resets_the_password_and_deactivation_ends_the_session() {
        String username = "reporter-" + UUID.randomUUID().toString().substring(0, 6);
        new LoginPage(page).signInAs("admin", "admin");
        page.navigate("admin/users");
        page.locator(".fd-create-user").click();
        Locator dialog = page.locator("vaadin-dialog.fd-create-user-dialog");
        dialog.getByLabel("Username").fill(username);
        dialog.getByLabel("Display name").fill("Rita Reporter");
        dialog.getByLabel("Initial password").fill("erst-Passwort-2026");
        page.locator(".fd-save-user").click();
        assertThat(page.locator(".fd-user-active[data-username='" + username + "']")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("user-admin.png")));

        // The new user signs in in another browser.
        BrowserContext reporterContext = newContext("en-US");
        try {
            Page reporter = reporterContext.newPage();
            new LoginPage(reporter).signInAs(username, "erst-Passwort-2026");

            // Reset the password: the old one stops working, the new one works.
            page.locator("[data-username='" + username + "'] .fd-reset-password").click();
            page.locator("vaadin-dialog.fd-reset-dialog").getByLabel("New password").fill("neu-Passwort-2026");
            page.locator(".fd-save-password").click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Password reset")))
                    .isVisible();
            reporter.navigate("");
            assertThat(reporter).hasURL(Pattern.compile(".*/login$"));
            new LoginPage(reporter).submit(username, "erst-Passwort-2026");
            assertThat(reporter).hasURL(Pattern.compile(".*/login\\?error.*"));
            new LoginPage(reporter).signInAs(username, "neu-Passwort-2026");

            // Deactivate: the open session ends and sign-in is refused.
            page.locator("[data-username='" + username + "'] .fd-deactivate").click();
            page.locator("vaadin-dialog.fd-deactivate-confirm .fd-confirm-ok").click(); // deactivating asks first
            assertThat(page.locator(".fd-user-inactive[data-username='" + username + "']")).hasText("deactivated");
            reporter.reload();
            assertThat(reporter).hasURL(Pattern.compile(".*/login$"));
            new LoginPage(reporter).submit(username, "neu-Passwort-2026");
            assertThat(reporter).hasURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(reporter.locator("vaadin-grid")).hasCount(0);
        } finally {
            reporterContext.close();
        }
    }

    @Test
    void the_last_admin_cannot_demote_themselves() {
        new LoginPage(page).signInAs("admin", "admin");
        page.navigate("admin/users");
        Locator roleSelect = page.locator("vaadin-select.fd-role-select[data-username='admin']");
        Selects.choose(roleSelect,
                roleSelect.locator("vaadin-select-item[role='option']", new Locator.LocatorOptions().setHasText("Editor")));
        assertThat(page.locator("vaadin-notification-card",
                new Page.LocatorOptions().setHasText("last active administrator"))).isVisible();
        assertThat(roleSelect).containsText("Administrator");
    }

    @Test
    void editors_and_leads_are_refused_the_user_admin() {
        for (String user : new String[]{"editor", "lead"}) {
            BrowserContext context = newContext("en-US");
            try {
                Page other = context.newPage();
                ArticleListPage list = new LoginPage(other).signInAs(user, user);
                other.navigate("admin/users");
                assertThat(other.locator(".fd-user-grid")).hasCount(0);
                assertThat(other.getByText("Adam Admin")).hasCount(0);
                other.navigate("");
                assertThat(list.grid()).isVisible();
                assertThat(other.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")))
                        .hasCount(0);
            } finally {
                context.close();
            }
        }
    }
}
