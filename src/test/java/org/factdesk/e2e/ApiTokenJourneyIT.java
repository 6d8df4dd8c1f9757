package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.api.ApiClient;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an API token with the keyboard, copies the secret shown once, the "CMS" imports an
 * article with it over HTTP, the article opens in the reader; after revoking, the token is refused.
 */
@TestPropertySource(properties = "factdesk.test.database=api-journey")
class ApiTokenJourneyIT extends BrowserJourney {

    @Test
    void a_token_made_in_the_ui_imports_an_article_until_it_is_revoked() {
        String name = "CMS " + UUID.randomUUID().toString().substring(0, 8);
        new LoginPage(page).signInAs("admin", "admin");
        page.navigate("admin/api-tokens");
        assertThat(page.locator("h1")).hasText("API tokens");

        page.locator(".fd-create-token").click();
        Locator dialog = page.locator("vaadin-dialog.fd-create-token-dialog");
        Locator nameField = dialog.getByLabel("Name");
        assertThat(nameField).isFocused();
        nameField.pressSequentially(name);
        page.keyboard().press("Enter"); // creates: the dialog's click shortcut

        Locator secretField = page.locator("vaadin-text-field.fd-token-secret input");
        assertThat(secretField).isVisible();
        String secret = secretField.inputValue();
        assertThat(secret).matches("fdk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-token-secret.png")));
        page.locator(".fd-token-done").click();
        assertThat(page.locator(".fd-token-status[data-token='" + name + "']")).hasText("active");

        // Shown once: the page no longer holds the secret, not even after a reload.
        page.reload();
        assertThat(page.locator(".fd-token-status[data-token='" + name + "']")).isVisible();
        assertThat(page.content()).doesNotContain(secret.substring(22));

        ApiClient cms = new ApiClient(port);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = cms.postJson("/api/v1/articles", secret, "{\"title\": \"Kanal " + marker
                + "\", \"text\": " + ApiClient.quoted("Der Kanal wird bis 2028 auf 80 Meter verbreitert (" + marker
                + ").\nDas beschloss der Bund am Dienstag.") + ", \"outlet\": \"Nordkurier\"}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String readerUrl = ApiClient.json(imported).get("url").asString();

        page.navigate(readerUrl);
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(reader.title()).containsText("Kanal " + marker);
        assertThat(reader.sentenceTexts()).anySatisfy(text -> assertThat(text).contains("80 Meter"));

        page.navigate("admin/api-tokens");
        page.locator(".fd-revoke-token[data-token='" + name + "']").click();
        page.locator("vaadin-dialog.fd-revoke-confirm .fd-confirm-ok").click();
        assertThat(page.locator(".fd-token-status[data-token='" + name + "']")).hasText("revoked");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-tokens.png")));

        HttpResponse<String> refused = cms.get("/api/v1/articles", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
    }
}
