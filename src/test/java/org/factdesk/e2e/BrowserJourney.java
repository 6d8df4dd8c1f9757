package org.factdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;

/** Base of the Playwright journeys: the app on a random port, one Chromium per class, a fresh context per test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    /**
     * Vaadin installs each new application context's SecurityContextHolderStrategy globally; a journey on a
     * cached context that ran after one with a context of its own would sign in (SignedInAs, SystemAuthentication)
     * where its services do not look. Before the class and each test: this context's strategy.
     */
    @BeforeAll
    void signInWhereThisContextLooks() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeEach
    void signInWhereThisContextLooksForEachTest() {
        signInWhereThisContextLooks();
    }

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create();
        browser = Browsers.launchChromium(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext("en-US");
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                System.out.println("[browser console] " + message.text());
            }
        });
        page.onPageError(error -> System.out.println("[browser error] " + error));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    protected BrowserContext newContext(String locale) {
        return newContext(locale, null);
    }

    /** A browser in that language and, unless null, that time zone (else the machine's). */
    protected BrowserContext newContext(String locale, String timeZoneId) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/")
                .setLocale(locale)
                .setTimezoneId(timeZoneId)
                .setViewportSize(1280, 900));
        created.setDefaultTimeout(15_000);
        return created;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
