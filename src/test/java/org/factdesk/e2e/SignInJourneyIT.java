package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyIT extends BrowserJourney {

    private static final Path GOLD = Path.of("src", "test", "resources", "gold", "sentences");
    private static final Pattern SEED_NAME = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

    @Test
    void editor_signs_in_sees_five_articles_and_reads_each_sentence_by_sentence() throws IOException {
        ArticleListPage list = new LoginPage(page).signInAs("editor", "editor");
        assertThat(page.locator(".fd-user-name")).hasText("Eva Editor");
        assertThat(list.articleLinks()).hasCount(5);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article-list.png")));

        List<String> titles = list.articleLinks().allTextContents();
        List<String> seen = new ArrayList<>();
        for (String title : titles) {
            ReaderPage reader = new ArticleListPage(page).open(title);
            assertThat(reader.title()).hasText(title);
            assertThat(page).hasURL(Pattern.compile(".*/article/\\d+$"));
            String seed = seedName(reader.meta());
            List<String> gold = gold(seed);

            assertThat(reader.sentences()).hasCount(gold.size());
            assertThat(reader.sentenceTexts()).containsExactlyElementsOf(gold);
            List<String> ordinals = new ArrayList<>();
            for (int i = 1; i <= gold.size(); i++) {
                ordinals.add(Integer.toString(i));
            }
            assertThat(reader.sentences().evaluateAll("els => els.map(e => e.dataset.ordinal)"))
                    .isEqualTo(ordinals);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("reader-" + seed.replace(".txt", ".png"))));
            seen.add(seed);
            page.goBack();
            new ArticleListPage(page).grid().waitFor();
        }
        assertThat(seen).containsExactlyInAnyOrder("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
                "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");
    }

    @Test
    void reader_shows_headings_bullets_and_paragraphs_as_such() {
        new LoginPage(page).signInAs("editor", "editor");
        ReaderPage reader = new ArticleListPage(page).open("Microsoft wagt den Befreiungsschlag");
        Locator text = page.locator("fd-article-text");
        assertThat(text.locator("h2", new Locator.LocatorOptions().setHasText("KI-Offensive der Superlative")))
                .hasCount(1);
        assertThat(text.locator("ul > li")).hasCount(3);
        assertThat(text.locator("ul > li").first()).hasText(
                "Azure-Updates: Neue AMD-basierte virtuelle Maschinen versprechen 35% bessere CPU-Performance");
        assertThat(reader.sentences().first()).hasAttribute("data-ordinal", "1");
    }

    @Test
    void after_a_wrong_password_the_username_stays_and_only_the_password_is_typed_again() {
        LoginPage login = new LoginPage(page).open();
        login.submit("editor", "not-the-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        login.form().waitFor(); // the page is loaded anew: wait for it as open() does, not just 5 s
        assertThat(page.locator("input[name='username']")).hasValue("editor");
        assertThat(page.locator("input[name='password']")).hasValue("");
        assertThat(page.locator("input[name='password']")).isFocused();

        page.keyboard().type("editor");
        page.keyboard().press("Enter");
        new ArticleListPage(page).grid().waitFor();
        assertThat(page.locator(".fd-user-name")).hasText("Eva Editor");
    }

    @Test
    void wrong_password_shows_an_error_and_grants_no_access() {
        LoginPage login = new LoginPage(page).open();
        login.submit("editor", "not-the-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(login.form()).hasAttribute("error", "");
        assertThat(page.getByText("Check your username and password")).isVisible();

        page.navigate("");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void anonymous_request_to_an_article_lands_on_the_login_page() {
        page.navigate("article/1");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(new LoginPage(page).form()).isVisible();
        assertThat(page.locator("fd-article-text")).hasCount(0);
    }

    @Test
    void login_page_speaks_german_to_a_german_browser() {
        BrowserContext german = newContext("de-DE");
        try {
            Page germanPage = german.newPage();
            germanPage.navigate("login");
            assertThat(germanPage.locator("vaadin-login-form")).containsText("Anmelden");
            assertThat(germanPage.locator("vaadin-login-form")).containsText("Passwort");
            germanPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-de.png")));
        } finally {
            german.close();
        }
        page.navigate("login");
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
    }

    private static String seedName(String meta) {
        Matcher matcher = SEED_NAME.matcher(meta);
        assertThat(matcher.find()).as("reader meta names the seed file: %s", meta).isTrue();
        return matcher.group();
    }

    private static List<String> gold(String seed) {
        try {
            return Files.readAllLines(GOLD.resolve(seed), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.replaceFirst("^[•\\-*–·]\\s+", ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
