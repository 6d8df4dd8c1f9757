package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.e2e.pages.AssignmentsPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view in a German browser, as admin, lead and editor, says nothing in English: the visible text (also inside
 * the components' shadow DOM), placeholders and tooltips are checked against a list of English UI words. Article
 * text and the demo accounts' names ("Eva Editor", "Lena Lead") are content, not UI, and are left out.
 * Its own database: it assigns, submits and comments.
 */
@TestPropertySource(properties = "factdesk.test.database=german-walk")
class GermanUiJourneyIT extends BrowserJourney {

    private static final String SEED_000 = "Microsoft steckt Milliarden in KI-Schulungen";
    private static final String SUBMITTED_TITLE = "Rathaus beschließt Haushalt";

    /** English words a German UI must not show; whole words, any case ("Administrator" but not "Administrator:in"). */
    static final List<String> ENGLISH = List.of(
            "Save", "Saved", "Saving", "Cancel", "Close", "Clear", "Done", "Delete", "Edit", "Remove", "Add", "Retry",
            "Article", "Articles", "Sentence", "Sentences", "Verdict", "Verdicts", "Review", "Reviews", "Reviewed",
            "Unreviewed", "Verified", "Disputed", "Promotional", "No claim", "Claim", "Note", "Evidence", "History",
            "Dashboard", "Export", "Submit", "Submitted", "Approve", "Approved", "Return", "Returned", "Reopen",
            "Loading", "Search", "Filter", "Sort", "Settings", "Sign in", "Sign out", "Log in", "Log out", "Login",
            "Logout", "Username", "Password", "User", "Users", "Role", "Editor", "Lead", "Admin", "Administrator",
            "Assign", "Assigned", "Assignee", "Assignment", "Assignments", "Unassign", "Due", "Overdue", "Priority",
            "Progress", "Report", "Reports", "Batch", "Summary", "Shortcuts", "Undo", "Redo", "Show", "Any", "All",
            "New", "Accept", "Dismiss", "Suggestion", "Suggested", "Check-worthy", "Preview", "Imported", "Published",
            "Outlet", "Author", "Language", "Title", "Source", "Comment", "Comments", "Reply", "Resolve", "Resolved",
            "Notifications", "Discussion", "Draft", "Download", "Upload", "Browse", "Drop", "File", "Files", "Select",
            "Choose", "Next", "Previous", "Open", "Back", "Today", "Yes", "Error", "Warning", "Unknown", "Failed",
            "Required", "Workflow", "Page not found", "Not allowed", "Menu", "Toggle", "Help", "Week");

    /** Content that may contain such words: the demo accounts' names and usernames, and addresses ("/admin/users"). */
    static final List<String> CONTENT = List.of("Eva Editor", "Emil Editor", "Lena Lead", "Adam Admin");
    static final Pattern USERNAMES_AND_PATHS = Pattern.compile("(?<![\\p{L}\\p{N}])(editor2?|lead|admin)(?![\\p{L}\\p{N}])|/\\S+");

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext applicationContext;

    private ArticleId submitted;
    private final List<String> findings = new ArrayList<>();

    @BeforeEach
    void noFindingsYet() {
        findings.clear();
    }

    /** Eva has seed 000 assigned (with one verdict and a comment-free panel) and a submitted review waiting. */
    @BeforeAll
    void articlesInEveryState() {
        submitted = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(SUBMITTED_TITLE, "german-walk",
                null, SUBMITTED_TITLE + "\nDer Rat hat am Montag den Haushalt für 2027 beschlossen. Er umfasst 12 Millionen Euro.\n")));
        ReviewedArticles.in(applicationContext).review(submitted, "editor", sentences -> reviews.mark(submitted,
                sentences.stream().map(s -> new VerdictChange(s, 0)).toList(), Verdict.NO_CLAIM), false);
        ArticleId seed = SystemAuthentication.runAsSystem(() -> articles.list(0, 50)).stream()
                .filter(a -> a.title().startsWith(SEED_000)).findFirst().orElseThrow().id();
        SignedInAs.run(users, "lead", () -> assignments.assign(List.of(seed),
                SignedInAs.user(users, "editor").id(), java.time.LocalDate.now().minusDays(1), Priority.HIGH));
    }

    @Test
    void admin_sees_every_view_in_german() {
        Page admin = german();
        LoginPage login = new LoginPage(admin).open();
        check(admin, "Anmeldeseite");
        login.submit("admin", "falsch");
        admin.waitForURL(Pattern.compile(".*/login\\?error.*"));
        screenshot(admin, "german-login-failed");
        assertThat(login.form()).containsText("Anmeldung fehlgeschlagen",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        check(admin, "Anmeldung fehlgeschlagen");
        login.submit("admin", "admin");
        admin.locator("vaadin-grid.fd-article-grid").waitFor();
        check(admin, "Artikelliste");
        screenshot(admin, "german-article-list");

        ReaderPage reader = openReader(admin, SEED_000);
        check(admin, "Leseansicht");
        reader.press("j", "Enter");
        assertThat(reader.panel()).isVisible();
        check(admin, "Seitenleiste");
        screenshot(admin, "german-reader-panel");
        reader.press("Escape");
        admin.locator(".fd-help").click();
        admin.locator(".fd-shortcut-table").waitFor();
        check(admin, "Tastenkürzel");
        admin.keyboard().press("Escape");
        admin.locator(".fd-export").first().click();
        admin.locator(".fd-export-option").first().waitFor();
        check(admin, "Export-Dialog");
        screenshot(admin, "german-export-dialog");
        admin.locator(".fd-export-close").click();
        admin.locator(".fd-edit-details").click();
        admin.locator(".fd-details-title").waitFor();
        check(admin, "Angaben zum Artikel");
        admin.keyboard().press("Escape");

        visit(admin, "my-articles", "Meine Artikel", "vaadin-grid.fd-my-articles-grid");
        visit(admin, "assignments", "Zuweisungen", "vaadin-grid.fd-assignment-grid");
        // "Zuweisen …" is disabled until articles are selected (it applies to none): nothing to read before that.
        screenshot(admin, "german-assignments");
        new AssignmentsPage(admin).selectRow("Microsoft wagt den Befreiungsschlag");
        admin.locator(".fd-assign").click();
        Locator assign = admin.locator("vaadin-dialog.fd-assign-dialog");
        admin.locator(".fd-assign-save").waitFor();
        check(admin, "Zuweisen-Dialog");
        admin.locator("vaadin-date-picker.fd-assign-due input").click();
        admin.locator("vaadin-date-picker.fd-assign-due[opened]").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        admin.waitForTimeout(500);
        check(admin, "Kalender");
        screenshot(admin, "german-calendar");
        admin.keyboard().press("Escape");
        admin.keyboard().press("Escape");
        assertThat(assign).isHidden();
        visit(admin, "review-queue", "Freigabe", "vaadin-grid.fd-queue-grid");
        visit(admin, "dashboard", "Übersicht", ".fd-dashboard, vaadin-grid");
        screenshot(admin, "german-dashboard");
        visit(admin, "import", "Import: Text einfügen", ".fd-import");
        admin.locator(".fd-import-tab-upload").click();
        check(admin, "Import: Dateien hochladen");
        admin.locator(".fd-import-tab-web").click();
        check(admin, "Import: Webadresse");
        visit(admin, "reports", "Sammelexport", "vaadin-button");
        visit(admin, "admin/users", "Benutzer:innen", "vaadin-grid.fd-user-grid");
        admin.locator(".fd-create-user").click();
        admin.locator(".fd-save-user").waitFor();
        check(admin, "Benutzer:in anlegen");
        admin.keyboard().press("Escape");
        admin.locator(".fd-bell-button").click();
        admin.locator(".fd-notifications-all-read").waitFor();
        check(admin, "Benachrichtigungen");
        admin.keyboard().press("Escape");
        visit(admin, "gibt-es-nicht", "Seite nicht gefunden", "h1, h2");

        assertThat(findings).as("English words in the German UI").isEmpty();
    }

    @Test
    void lead_sees_the_review_queue_and_the_workflow_in_german() {
        Page lead = german();
        new LoginPage(lead).signInAs("lead", "lead");
        visit(lead, "review-queue", "Freigabe (Teamleitung)", "vaadin-grid.fd-queue-grid");
        openReader(lead, SUBMITTED_TITLE);
        check(lead, "Leseansicht einer eingereichten Prüfung");
        lead.locator(".fd-reader-return").click();
        lead.locator(".fd-confirm-ok").waitFor();
        check(lead, "Prüfung zurückgeben?");
        lead.keyboard().press("Escape");
        lead.locator(".fd-reader-approve").click();
        lead.locator(".fd-confirm-ok").waitFor();
        check(lead, "Prüfung freigeben?");
        lead.keyboard().press("Escape");
        visit(lead, "dashboard", "Übersicht (Teamleitung)", "vaadin-grid");
        visit(lead, "admin/users", "Nicht erlaubt", ".fd-access-denied");

        assertThat(findings).as("English words in the German UI").isEmpty();
    }

    @Test
    void editor_sees_own_articles_and_the_reader_in_german() {
        Page editor = german();
        new LoginPage(editor).signInAs("editor", "editor");
        visit(editor, "my-articles", "Meine Artikel (Redakteur:in)", "vaadin-grid.fd-my-articles-grid");
        screenshot(editor, "german-my-articles");
        ReaderPage reader = openReader(editor, SEED_000);
        check(editor, "Leseansicht (zugewiesen)");
        reader.press("j", "Shift+J", "Enter");
        assertThat(reader.panel()).isVisible();
        check(editor, "Seitenleiste mit Bereich");
        reader.press("Escape");
        editor.locator(".fd-submit").click();
        editor.locator(".fd-confirm-ok").waitFor();
        check(editor, "Prüfung einreichen?");
        editor.locator(".fd-confirm-ok").click();
        check(editor, "Einreichen unvollständig");
        visit(editor, "assignments", "Nicht erlaubt (Redakteur:in)", ".fd-access-denied");

        assertThat(findings).as("English words in the German UI").isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private Page german() {
        context.close();
        context = newContext("de-DE");
        return context.newPage();
    }

    private ReaderPage openReader(Page page, String title) {
        page.navigate("");
        page.locator("a.fd-article-link", new Page.LocatorOptions().setHasText(title)).first().click();
        return new ReaderPage(page).waitUntilRendered();
    }

    private void visit(Page page, String path, String view, String readySelector) {
        page.navigate(path);
        page.locator(readySelector).first().waitFor();
        check(page, view);
    }

    /** Adds "view: word in «text»" for each English word on the page as it is now. */
    private void check(Page page, String view) {
        page.waitForTimeout(300); // let lazy grids and notifications render
        for (String located : visibleTexts(page)) {
            String text = located.substring(located.indexOf(": ") + 2);
            String ui = text;
            for (String name : CONTENT) {
                ui = ui.replace(name, " ");
            }
            ui = USERNAMES_AND_PATHS.matcher(ui).replaceAll(" ");
            for (String word : englishWords(ui)) {
                findings.add(view + ": " + word + " in «" + located + "»");
            }
        }
    }

    static Set<String> englishWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : ENGLISH) {
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}-]|:in)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (matcher.find()) {
                found.add(word);
            }
        }
        return found;
    }

    /**
     * The texts a person sees, each after the custom element it is in ("vaadin-button: Speichern"): text nodes of rendered elements (light and shadow DOM, sentences of the article left
     * out), plus placeholders, tooltips (title) and the labels Vaadin renders from attributes.
     */
    @SuppressWarnings("unchecked")
    static List<String> visibleTexts(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const texts = [];
                  // Vaadin's development tools and Copilot (dev mode only, not the product) are left out.
                  const devTool = (node) => {
                    for (let n = node; n; n = n.parentElement || n.getRootNode().host) {
                      if (/^(VAADIN-DEV|COPILOT|VAADIN-COPILOT)/.test(n.tagName)) return true;
                    }
                    return false;
                  };
                  // Where a text is, for the report: the nearest custom element around it.
                  const where = (node) => {
                    for (let n = node; n; n = n.parentElement || n.getRootNode().host) {
                      if (n.tagName && n.tagName.includes('-')) return n.tagName.toLowerCase();
                    }
                    return 'body';
                  };
                  const shown = (element) => element && element.checkVisibility
                      && element.checkVisibility({ visibilityProperty: true });
                  const visit = (root) => {
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      if (node.nodeType === Node.TEXT_NODE) {
                        const parent = node.parentElement;
                        const text = node.textContent.trim();
                        if (text && parent && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)
                            && !parent.closest('[data-sentence-id]') && shown(parent) && !devTool(parent)) {
                          texts.push(where(parent) + ': ' + text);
                        }
                        continue;
                      }
                      if (!node.closest('[data-sentence-id]') && shown(node) && !devTool(node)) {
                        for (const name of ['placeholder', 'title']) {
                          const value = node.getAttribute(name);
                          if (value && value.trim()) texts.push(where(node) + ' ' + name + ': ' + value.trim());
                        }
                      }
                      if (node.shadowRoot && !devTool(node)) visit(node.shadowRoot);
                    }
                  };
                  visit(document.body);
                  return texts;
                }""");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
