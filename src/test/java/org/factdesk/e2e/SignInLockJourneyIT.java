package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SignInThrottle;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Guessing locks the sign-in: the German UI says so (not "wrong password"), even for the right password;
 * the admin sees the lock under Users, unlocks it, and the user signs in. The app runs as behind a proxy
 * (forwarded headers on): each browser comes from an address of its own in X-Forwarded-For, which is what
 * the throttle counts, so these locks touch neither each other nor other journeys.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SignInLockJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Nachrichten-2026";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    UserService userService;
    @Autowired
    SignInThrottle throttle;

    @Test
    void six_wrong_passwords_lock_the_sign_in_until_the_admin_unlocks_it() {
        String username = "gesperrt-" + UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.runAsSystem(() -> userService.create(
                new NewUser(username, "Gerd Gesperrt", AppRoles.EDITOR, PASSWORD)));

        from(context, newAddress());
        new LoginPage(page).signInAs("admin", "admin");

        BrowserContext german = newContext("de-DE");
        from(german, newAddress());
        try {
            Page user = german.newPage();
            LoginPage login = new LoginPage(user);
            for (int attempt = 1; attempt <= 6; attempt++) {
                login.open();
                login.submit(username, "falsch-" + attempt);
                assertThat(user).hasURL(Pattern.compile(".*/login\\?error.*"));
            }
            Locator form = login.form();
            assertThat(form).containsText("Anmeldung gesperrt");
            assertThat(form).containsText("Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist für 15 Minuten gesperrt");
            assertThat(form).not().containsText("prüfen Sie Benutzername und Passwort");
            user.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-locked-de.png")));

            login.open();
            login.submit(username, PASSWORD);
            assertThat(user).hasURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(form).containsText("Anmeldung gesperrt");

            // The admin sees the lock and lifts it.
            page.navigate("admin/users");
            Locator lock = page.locator(".fd-user-locked[data-username='" + username + "']");
            assertThat(lock).containsText(Pattern.compile("Locked until \\d{1,2}:\\d{2}"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("user-admin-locked.png")));
            page.locator(".fd-unlock[data-username='" + username + "']").click();
            assertThat(page.locator("vaadin-notification-card",
                    new Page.LocatorOptions().setHasText("Sign-in unlocked"))).isVisible();
            assertThat(lock).hasCount(0);

            new LoginPage(user).signInAs(username, PASSWORD);
            assertThat(user.locator(".fd-user-name")).hasText("Gerd Gesperrt");
        } finally {
            german.close();
            throttle.unlock(username);
        }
    }

    @Test
    void an_unknown_username_gets_the_same_lock_message_in_english_and_only_its_address_is_locked() {
        String nobody = "niemand-" + UUID.randomUUID().toString().substring(0, 6);
        String guesser = newAddress();
        from(context, guesser);
        LoginPage login = new LoginPage(page);
        try {
            for (int attempt = 1; attempt <= 6; attempt++) {
                login.open();
                login.submit(nobody, "wrong-" + attempt);
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
            }
            assertThat(login.form()).containsText("Sign-in locked");
            assertThat(login.form()).containsText("Too many failed sign-ins. Sign-in is locked for 15 minutes");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-locked-en.png")));

            login.open();
            login.submit("editor", "editor");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
            // The guessing address, now with a real account and its right password.
            assertThat(login.form()).containsText("Sign-in locked");

            BrowserContext colleague = newContext("en-US");
            from(colleague, newAddress());
            try {
                new LoginPage(colleague.newPage()).signInAs("editor", "editor");
            } finally {
                colleague.close();
            }
        } finally {
            throttle.unlock(nobody);
        }
    }

    /** As if a reverse proxy had forwarded the request for this client address. */
    private static void from(BrowserContext browser, String address) {
        browser.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }
}
