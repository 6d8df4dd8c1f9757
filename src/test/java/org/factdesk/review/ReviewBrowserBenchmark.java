package org.factdesk.review;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.factdesk.article.ArticleId;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.security.SignedInAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.factdesk.bench.BenchSupport;
import org.factdesk.e2e.Browsers;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

/**
 * Prints keypress-to-confirmed-verdict latency in Chromium (200 marks on a 500-sentence article)
 * and the server heap one open reader costs. Figures only; nothing is asserted about time.
 * Run: ./mvnw -Pbench verify -Dit.test=ReviewBrowserBenchmark
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewBrowserBenchmark {

    static final int SENTENCES = 500;
    static final int MARKS = 200;
    static final int SESSIONS = 20;

    /**
     * In the page: select the first sentence, then per mark press j and p/n as real keydown events
     * and time until the sentence shows the verdict (optimistic) and until the server confirmed it
     * (the pending flag is cleared by the server's answer).
     */
    private static final String MARK_LOOP = """
            async (marks) => {
              const text = document.querySelector('fd-article-text');
              const press = (key) => document.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
              const shown = [], confirmed = [];
              for (let i = 0; i < marks; i++) {
                press('j');
                const sentence = text.querySelector('.fd-focus');
                const start = performance.now();
                press(i % 2 ? 'n' : 'p');
                shown.push(performance.now() - start);
                await new Promise((resolve) => {
                  if (!sentence.dataset.pending) return resolve();
                  new MutationObserver((changes, observer) => {
                    if (!sentence.dataset.pending) { observer.disconnect(); resolve(); }
                  }).observe(sentence, {attributes: true, attributeFilter: ['data-pending']});
                });
                confirmed.push(performance.now() - start);
              }
              return {shown, confirmed};
            }""";

    @LocalServerPort
    int port;
    @Autowired
    ImportService importService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void keypress_latency_and_heap_per_reader() {
        ArticleId id = SystemAuthentication.runAsSystem(
                () -> importService.importFile("benchmark-500.txt", null, (BenchSupport.generatedArticle(SENTENCES)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        UserId editorId = SignedInAs.user(userDetailsService, "editor").id();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(id), editorId, null, Priority.NORMAL));
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Browsers.launchChromium(playwright);
            measureKeypressLatency(browser, id);
            measureHeapPerReader(browser, id);
        }
    }

    @SuppressWarnings("unchecked")
    private void measureKeypressLatency(Browser browser, ArticleId id) {
        Page page = BenchSupport.context(browser, port).newPage();
        new LoginPage(page).signInAs("editor", "editor");
        BenchSupport.openReader(page, id.value(), SENTENCES);
        page.evaluate(MARK_LOOP, 20); // warm-up: JIT, connection, first queries
        BenchSupport.openReader(page, id.value(), SENTENCES);

        var result = (java.util.Map<String, List<Number>>) page.evaluate(MARK_LOOP, MARKS);
        double[] shown = result.get("shown").stream().mapToDouble(Number::doubleValue).toArray();
        double[] confirmed = result.get("confirmed").stream().mapToDouble(Number::doubleValue).toArray();
        long stored = SystemAuthentication.runAsSystem(() -> reviewService.progress(id).reviewed());
        System.out.printf("BENCH keypress → verdict shown (%d marks, %d-sentence article): p50 %.1f ms, p95 %.1f ms%n",
                MARKS, SENTENCES, BenchSupport.percentile(shown, 50), BenchSupport.percentile(shown, 95));
        System.out.printf("BENCH keypress → confirmed saved by the server: p50 %.1f ms, p95 %.1f ms, max %.1f ms; sentences with a stored verdict: %d%n",
                BenchSupport.percentile(confirmed, 50), BenchSupport.percentile(confirmed, 95),
                BenchSupport.percentile(confirmed, 100), stored);
        page.context().close();
    }

    private void measureHeapPerReader(Browser browser, ArticleId id) {
        BenchSupport.ReaderHeap heap = BenchSupport.readerHeap(browser, port, id.value(), SENTENCES, SESSIONS);
        System.out.printf("BENCH heap per open reader UI (%d-sentence article, %d sessions): %.0f KB (live heap %.1f MB on the list, %.1f MB on the reader)%n",
                SENTENCES, SESSIONS, heap.perReaderKb(), heap.onListBytes() / 1048576.0, heap.onReaderBytes() / 1048576.0);
    }
}
