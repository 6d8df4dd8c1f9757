package org.factdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Launches Chromium for the journeys: the executable in PLAYWRIGHT_CHROMIUM_EXECUTABLE, else
 * Debian's /usr/bin/chromium when present, else Playwright's own downloaded browser.
 */
public final class Browsers {

    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private Browsers() {
    }

    public static Browser launchChromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        String configured = System.getenv("PLAYWRIGHT_CHROMIUM_EXECUTABLE");
        if (configured != null && !configured.isBlank()) {
            options.setExecutablePath(Path.of(configured));
        } else if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setExecutablePath(Path.of("/usr/bin/chromium"));
        }
        return playwright.chromium().launch(options);
    }
}
