package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.AssignmentsPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.e2e.pages.Selects;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view, as each role, under the app's real Content-Security-Policy: the test fails on any
 * violation, seen either as a {@code securitypolicyviolation} event (recorded into the page by an
 * init script) or as Chromium's "Refused to …" console message. It also checks that push runs over
 * a WebSocket, that every HTML document came with a policy, and that Vaadin's UIDL responses are
 * not stored. Own database: the lead marks a sentence.
 */
@TestPropertySource(properties = "factdesk.test.database=csp-journey")
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    private static final String ARTICLE = "Microsoft wagt den Befreiungsschlag";

    /** Runs before any script of every document: collects violations into window.fdCspViolations. */
    private static final String RECORDER = """
            window.fdCspViolations = [];
            document.addEventListener('securitypolicyviolation', (e) => {
              window.fdCspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '?')
                  + ' in ' + e.sourceFile + ':' + e.lineNumber + (e.sample ? ' «' + e.sample + '»' : ''));
            }, true);
            """;

    @Test
    void editor_views_run_under_the_policy() {
        CspWatch watch = new CspWatch(page);
        watch.run(() -> {
            signIn(watch, "editor");

            ReaderPage reader = reader(watch);
            watch.at("shortcut sheet");
            reader.press("?");
            assertThat(page.locator(".fd-shortcut-table")).isVisible();
            page.keyboard().press("Escape");
            assertThat(page.locator(".fd-shortcut-table")).isHidden();

            watch.at("export dialog in the reader");
            page.locator(".fd-export").click();
            Locator dialog = page.locator("vaadin-dialog.fd-export-dialog");
            assertThat(dialog.locator("a.fd-export-csv")).isVisible();
            Download csv = page.waitForDownload(() -> dialog.locator("a.fd-export-csv").click());
            assertThat(csv.failure()).isNull();
            page.keyboard().press("Escape");

            watch.at("my articles");
            page.navigate("my-articles");
            assertThat(page.locator("vaadin-grid.fd-my-articles-grid")).isVisible();

            watch.assertClean();
            watch.assertDetectsAViolation();
        });
    }

    @Test
    void lead_views_run_under_the_policy() {
        CspWatch watch = new CspWatch(page);
        watch.run(() -> {
            signIn(watch, "lead");

            ReaderPage reader = reader(watch);
            watch.at("marking in the reader");
            reader.press("j", "n");
            assertThat(reader.sentence(1)).hasAttribute("data-verdict", "no-claim");
            reader.press("u");
            assertThat(reader.sentence(1)).hasAttribute("data-verdict", "");

            watch.at("assignments");
            AssignmentsPage assignments = new AssignmentsPage(page).open();
            assignments.selectRow(ARTICLE);
            watch.at("assign dialog with date picker");
            page.locator(".fd-assign").click();
            Locator assign = page.locator("vaadin-dialog.fd-assign-dialog");
            assertThat(assign.locator("vaadin-date-picker.fd-assign-due")).isVisible();
            assign.locator("vaadin-date-picker.fd-assign-due input").click();
            assertThat(page.locator("vaadin-date-picker-overlay")).isVisible();
            page.keyboard().press("Escape");
            page.keyboard().press("Escape");
            assertThat(assign.locator("vaadin-date-picker.fd-assign-due")).isHidden();
            watch.at("export dialog in the assignments");
            page.locator(".fd-export").click();
            assertThat(page.locator("vaadin-dialog.fd-export-dialog a.fd-export-pdf")).isVisible();
            page.keyboard().press("Escape");

            watch.at("review queue");
            page.navigate("review-queue");
            assertThat(page.locator("vaadin-grid.fd-queue-grid")).isVisible();

            watch.at("dashboard");
            page.navigate("dashboard");
            assertThat(page.locator(".fd-verdict-chart")).isVisible();

            watch.at("reports (batch export)");
            page.navigate("reports");
            String state = "vaadin-select.fd-batch-state";
            Selects.choose(page.locator(state), page.locator(state + " vaadin-select-item[role='option']").first());
            assertThat(page.locator(".fd-batch-matching")).hasText("5 articles match");
            page.locator(".fd-batch-build").click();
            Locator zip = page.locator("a.fd-batch-download");
            // Five PDFs take a while on a busy machine.
            assertThat(zip).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Download download = page.waitForDownload(zip::click);
            assertThat(download.failure()).isNull();

            watch.assertClean();
        });
    }

    @Test
    void admin_views_run_under_the_policy() {
        CspWatch watch = new CspWatch(page);
        watch.run(() -> {
            signIn(watch, "admin");

            watch.at("users");
            page.navigate("admin/users");
            assertThat(page.locator("vaadin-grid.fd-user-grid")).isVisible();
            watch.at("create-user dialog");
            page.locator(".fd-create-user").click();
            assertThat(page.locator(".fd-save-user")).isVisible();
            page.keyboard().press("Escape");
            watch.at("role select");
            Locator role = page.locator("vaadin-select.fd-role-select[data-username='editor']");
            role.evaluate("select => select.opened = true");
            assertThat(role.locator("vaadin-select-item[role='option']").first()).isVisible();
            page.keyboard().press("Escape");
            assertThat(role).not().hasAttribute("opened", "");

            for (String[] view : new String[][]{{"my-articles", "vaadin-grid.fd-my-articles-grid"},
                    {"assignments", "vaadin-grid.fd-assignment-grid"}, {"review-queue", "vaadin-grid.fd-queue-grid"},
                    {"dashboard", ".fd-verdict-chart"}, {"reports", ".fd-batch-build"}}) {
                watch.at(view[0]);
                page.navigate(view[0]);
                assertThat(page.locator(view[1])).isVisible();
            }
            reader(watch);

            watch.assertClean();
        });
    }

    /**
     * The policy is checked on the app as deployed (the pom starts the tests in Vaadin's production mode):
     * development mode would add its dev tools to every page, with scripts and a socket of their own.
     */
    @Test
    void the_pages_come_from_the_mode_the_tests_ask_for() {
        boolean production = Boolean.getBoolean("vaadin.productionMode");
        LoginPage login = new LoginPage(page).open();
        assertThat(login.form()).isVisible();
        assertThat(page.locator("vaadin-dev-tools")).hasCount(production ? 0 : 1);
    }

    private static void signIn(CspWatch watch, String user) {
        watch.at("login");
        LoginPage login = new LoginPage(watch.page).open();
        assertThat(login.form()).isVisible();
        watch.at("sign-in as " + user);
        login.submit(user, user);
        watch.at("article list");
        ArticleListPage list = new ArticleListPage(watch.page);
        assertThat(list.articleLinks()).hasCount(5);
    }

    private static ReaderPage reader(CspWatch watch) {
        watch.at("article list");
        watch.page.navigate("");
        watch.at("reader");
        return new ArticleListPage(watch.page).open(ARTICLE);
    }

    /** What one page saw: violations per step, HTML documents without a policy, UIDL caching, sockets. */
    private static final class CspWatch {

        final Page page;
        final List<String> violations = Collections.synchronizedList(new ArrayList<>());
        final List<String> documentsWithoutPolicy = Collections.synchronizedList(new ArrayList<>());
        final List<String> uidlCacheControl = Collections.synchronizedList(new ArrayList<>());
        final List<String> webSockets = Collections.synchronizedList(new ArrayList<>());
        volatile String step = "start";

        CspWatch(Page page) {
            this.page = page;
            page.addInitScript(RECORDER);
            page.onConsoleMessage(message -> {
                String text = message.text();
                if (text.contains("Content Security Policy") || text.contains("Refused to")) {
                    violations.add(step + ": console: " + text);
                }
            });
            page.onResponse(this::checkResponse);
            page.onWebSocket(socket -> webSockets.add(socket.url()));
        }

        private void checkResponse(Response response) {
            String type = response.headerValue("content-type");
            if (response.request().resourceType().equals("document") && type != null && type.startsWith("text/html")
                    && response.headerValue("content-security-policy") == null) {
                documentsWithoutPolicy.add(response.url());
            }
            if (response.url().contains("v-r=uidl")) {
                uidlCacheControl.add(String.valueOf(response.headerValue("cache-control")));
            }
        }

        /**
         * Runs the walk; if it breaks (a view that does not render under the policy), the failure
         * names the violations seen so far.
         */
        void run(Runnable walk) {
            try {
                walk.run();
            } catch (RuntimeException | AssertionError broken) {
                try {
                    drain();
                } catch (RuntimeException ignored) {
                    // the page may be gone; the console messages are kept anyway
                }
                if (!violations.isEmpty()) {
                    AssertionError named = new AssertionError("CSP violations before the failure: " + violations, broken);
                    throw named;
                }
                throw broken;
            }
        }

        /** Collects what the current document recorded, then names the next step. */
        void at(String next) {
            drain();
            step = next;
        }

        @SuppressWarnings("unchecked")
        void drain() {
            List<String> recorded = (List<String>) page.evaluate(
                    "() => { const v = window.fdCspViolations || []; window.fdCspViolations = []; return v; }");
            recorded.forEach(violation -> violations.add(step + ": " + violation));
        }

        void assertClean() {
            // Whatever the last step started has finished once Flow's client has no request in flight.
            page.waitForFunction("() => window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients"
                    + " && Object.values(Vaadin.Flow.clients).every(client => !client.isActive())");
            drain();
            assertThat(violations).as("CSP violations").isEmpty();
            assertThat(documentsWithoutPolicy).as("HTML documents without a policy").isEmpty();
            assertThat(uidlCacheControl).as("Cache-Control of UIDL responses").isNotEmpty()
                    .allSatisfy(value -> assertThat(value).contains("no-store"));
            assertThat(webSockets).as("push runs over a WebSocket").anyMatch(url -> url.contains("VAADIN/push"));
        }

        /** The recorder is live: an injected inline script is refused and reported. */
        void assertDetectsAViolation() {
            step = "probe";
            page.waitForConsoleMessage(new Page.WaitForConsoleMessageOptions()
                            .setPredicate(message -> message.text().contains("Content Security Policy")),
                    () -> page.evaluate("() => { const s = document.createElement('script');"
                            + " s.textContent = 'window.fdRan = 1'; document.head.appendChild(s); }"));
            page.waitForFunction("() => (window.fdCspViolations || []).length > 0");
            drain();
            assertThat(page.evaluate("() => window.fdRan === undefined")).isEqualTo(true);
            assertThat(violations).anyMatch(v -> v.startsWith("probe: script-src"))
                    .anyMatch(v -> v.startsWith("probe: console: ") && v.contains("Content Security Policy"));
        }
    }
}
