package org.factdesk.article;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.factdesk.bench.BenchSupport;
import org.factdesk.e2e.Browsers;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints how fast a 5,000-sentence article opens in Chromium (navigation start to all sentences
 * in the DOM) and how much server heap one open reader costs. Figures only; nothing is asserted
 * about time. Run: ./mvnw -Pbench verify -Dit.test=ReaderBenchmark
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReaderBenchmark {

    static final int SENTENCES = 5_000;
    static final int RUNS = 7;
    static final int SESSIONS = 10;

    @LocalServerPort
    int port;
    @Autowired
    ImportService importService;

    @Test
    void open_time_and_server_heap_of_a_5000_sentence_article() {
        ArticleId id = SystemAuthentication.runAsSystem(
                () -> importService.importFile("benchmark-5000.txt", null, (BenchSupport.generatedArticle(SENTENCES)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Browsers.launchChromium(playwright);
            measureOpenTime(browser, id);
            measureHeapPerReader(browser, id);
        }
    }

    private void measureOpenTime(Browser browser, ArticleId id) {
        BrowserContext context = BenchSupport.context(browser, port);
        Page page = context.newPage();
        new LoginPage(page).signInAs("editor", "editor");
        double[] observed = new double[RUNS + 1];
        double[] inDom = new double[RUNS + 1];
        for (int run = 0; run <= RUNS; run++) {
            BenchSupport.openReader(page, id.value(), SENTENCES);
            // performance.now() counts from the start of this navigation. Seen by the test, the time
            // includes the first layout and paint and Playwright's polling; the element's own mark is
            // when the last sentence entered the DOM.
            observed[run] = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            inDom[run] = ((Number) page.evaluate(
                    "() => performance.getEntriesByName('fd-article-rendered').at(-1).startTime")).doubleValue();
            int count = ((Number) page.evaluate("() => document.querySelectorAll('[data-sentence-id]').length")).intValue();
            if (count != SENTENCES) {
                throw new IllegalStateException("Expected " + SENTENCES + " sentences in the DOM, found " + count);
            }
        }
        // To look at: blocks off screen are laid out only when scrolled to, the middle must not be blank.
        page.locator("[data-ordinal='" + SENTENCES / 2 + "']").scrollIntoViewIfNeeded();
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "reader-5000-middle.png")));
        printOpenTimes("full page load to all in DOM (element's mark)", inDom);
        printOpenTimes("full page load until the test sees them (after layout and paint)", observed);

        // The everyday path: from the article list into the reader (in-app navigation, no page load).
        double[] inApp = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            page.navigate("");
            page.locator("a.fd-article-link").first().waitFor();
            page.evaluate("() => window.__fdStart = performance.now()");
            page.locator("a.fd-article-link[href='article/" + id.value() + "']").click();
            page.locator("fd-article-text[data-sentence-count='" + SENTENCES + "']").waitFor();
            inApp[run] = ((Number) page.evaluate("() => performance.now() - window.__fdStart")).doubleValue();
        }
        Arrays.sort(inApp);
        System.out.printf("BENCH reader open (%d sentences, click in the article list to all in DOM, %d runs): median %.0f ms, min %.0f ms, max %.0f ms%n",
                SENTENCES, RUNS, inApp[RUNS / 2], inApp[0], inApp[RUNS - 1]);
        context.close();
    }

    /** The first run warms up and is left out. */
    private static void printOpenTimes(String what, double[] millis) {
        double[] measured = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(measured);
        System.out.printf("BENCH reader open (%d sentences, %s, %d runs): median %.0f ms, min %.0f ms, max %.0f ms%n",
                SENTENCES, what, RUNS, measured[RUNS / 2], measured[0], measured[RUNS - 1]);
    }

    private void measureHeapPerReader(Browser browser, ArticleId id) {
        BenchSupport.ReaderHeap heap = BenchSupport.readerHeap(browser, port, id.value(), SENTENCES, SESSIONS);
        System.out.printf("BENCH reader server heap: %d sessions on the article list %.1f MB, on the %d-sentence reader %.1f MB; %.0f KB per open reader%n",
                SESSIONS, heap.onListBytes() / 1048576.0, SENTENCES, heap.onReaderBytes() / 1048576.0, heap.perReaderKb());
    }
}
