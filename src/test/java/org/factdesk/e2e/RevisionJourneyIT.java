package org.factdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.e2e.pages.Selects;
import org.factdesk.importing.ReadArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.revision.RevisionResult;
import org.factdesk.revision.RevisionService;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.report.ExportedFiles.pdfText;

/**
 * Issue 15's journey: a lead has seed 004 reviewed and approved (every sentence marked through the
 * services: the marking is not the point), imports an edited version (one figure changed, one sentence
 * inserted, one typo fixed) through {@link RevisionService} as the command line does, sees the
 * differences side by side, the reader shows the carried and flagged sentences with their
 * {@code data-carried} values, the assignee confirms the carried verdict with the key, and the export
 * names the version. On a database of its own: it adds a version of a seed.
 */
@TestPropertySource(properties = "factdesk.test.database=revision-journey")
class RevisionJourneyIT extends BrowserJourney {

    private static final String SEED_004 = "Microsoft wagt den Befreiungsschlag";
    private static final String FIGURE = "versprechen 35% bessere CPU-Performance";
    private static final String TYPO = "Die neusten Microsoft-Zahlen";
    private static final String INSERTED = "Beide Konzerne wollen das Vertragswerk noch in diesem Herbst unterzeichnen.";

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    RevisionService revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext spring;

    @Test
    void lead_imports_a_new_version_sees_the_differences_and_the_editor_confirms_a_carried_verdict()
            throws IOException {
        // Setup: seed 004 reviewed by the editor (all no claim, the figure verified), approved by the lead.
        ArticleId v1 = SystemAuthentication.runAsSystem(() -> articles.list(0, 10)).stream()
                .filter(a -> a.title().startsWith(SEED_004)).map(ArticleListItem::id).findFirst().orElseThrow();
        String original;
        try (var seed = getClass().getResourceAsStream("/seed-articles/004_59adb0c8911c4187.txt")) {
            original = new String(Objects.requireNonNull(seed).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Long> ids = ReviewedArticles.in(spring).sentenceIds(v1);
        int figure = indexOf(v1, FIGURE);
        ReviewedArticles.in(spring).review(v1, "editor", sentences -> {
            reviews.mark(v1, sentences.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM);
            reviews.save(v1, new VerdictChange(sentences.get(figure), 1), Verdict.VERIFIED,
                    "Laut Azure-Blog 35 % gegenüber der Vorgängergeneration.", List.of());
        }, true);

        // The lead imports the edited text as the new version (the CLI's `import --new-version-of` path).
        String edited = original.replace("35% bessere", "40% bessere").replace("Die neusten", "Die neuesten")
                .replace("Fokus auf Sicherheit und Ethik vorantreiben soll.",
                        "Fokus auf Sicherheit und Ethik vorantreiben soll. " + INSERTED);
        assertThat(edited).isNotEqualTo(original).contains(INSERTED, "40% bessere", "Die neuesten");
        RevisionResult result = SignedInAs.call(users, "lead", () -> revisions.importNewVersion(v1, "004-fassung-2.txt",
                new ReadArticle(edited, ArticleMetadata.NONE, null)));
        ArticleId v2 = result.article();
        assertThat(result.number()).isEqualTo(2);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.count(org.factdesk.revision.CarryKind.SUBSTANCE)).isEqualTo(1);
        assertThat(result.count(org.factdesk.revision.CarryKind.CHANGED)).isEqualTo(1);

        // The lead sees the differences side by side, from the reader of the new version.
        new LoginPage(page).signInAs("lead", "lead");
        page.navigate("article/" + v2.value());
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();
        assertThat(page.locator(".fd-version-picker")).isVisible();
        page.locator("a.fd-differences-link").click();
        Locator rows = page.locator(".fd-diff-rows");
        assertThat(rows).isVisible();
        Locator substance = rows.locator(".fd-diff-row[data-kind='substance']");
        assertThat(substance).hasCount(1);
        assertThat(substance.locator(".fd-diff-old del")).hasText("35");
        assertThat(substance.locator(".fd-diff-new ins")).hasText("40");
        Locator changed = rows.locator(".fd-diff-row[data-kind='changed']");
        assertThat(changed).hasCount(1);
        assertThat(changed.locator(".fd-diff-old del")).hasText("neusten");
        assertThat(changed.locator(".fd-diff-new ins")).hasText("neuesten");
        Locator added = rows.locator(".fd-diff-row[data-kind='new']");
        assertThat(added).hasCount(1);
        assertThat(added.locator(".fd-diff-new")).containsText(INSERTED);
        assertThat(added.locator(".fd-diff-old")).hasText("");
        assertThat(rows.locator(".fd-diff-row[data-kind='unchanged']")).hasCount(ids.size() - 2);
        assertThat(page.locator(".fd-diff-summary")).containsText("new 1");
        // "Compare with" shows the whole label, date and time included (it was cut after the year).
        Locator compare = page.locator("vaadin-select.fd-diff-from");
        assertThat(compare.locator("vaadin-select-value-button")).containsText("Version 1");
        org.assertj.core.api.Assertions.assertThat((Boolean) compare.locator("vaadin-select-value-button vaadin-select-item").evaluate(
                "item => item.scrollWidth <= item.clientWidth")).as("the label fits").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("revision-differences-top.png")));
        substance.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("revision-differences.png")));

        // Back in the reader: the carried and flagged sentences carry their data-carried values.
        page.locator("a.fd-back").click();
        reader.waitUntilRendered();
        Locator substanceSentence = sentenceWith("40% bessere");
        Locator changedSentence = sentenceWith("Die neuesten Microsoft-Zahlen");
        assertThat(substanceSentence).hasAttribute("data-carried", "substance");
        assertThat(substanceSentence).hasAttribute("data-verdict", "");
        assertThat(changedSentence).hasAttribute("data-carried", "changed");
        assertThat(changedSentence).hasAttribute("data-verdict", "no-claim");
        assertThat(sentenceWith(INSERTED)).not().hasAttribute("data-carried", Pattern.ANY);
        assertThat(page.locator("fd-article-text [data-carried]")).hasCount(2);
        reader.chooseFilter("Carried — to confirm");
        assertThat(page.locator("fd-article-text .fd-sentence:not([hidden])")).hasCount(2);
        // The panel shows the previous text, and for the substance change the previous verdict as context.
        substanceSentence.click();
        reader.press("Enter");
        Locator carried = page.locator(".fd-panel-carried");
        assertThat(carried).hasAttribute("data-carried", "substance");
        assertThat(carried.locator(".fd-carried-previous-text")).containsText("35% bessere");
        assertThat(carried.locator(".fd-carried-previous-verdict")).containsText("verified");
        assertThat(carried.locator(".fd-carried-differences")).containsText("35 → 40");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("revision-reader-carried.png")));
        reader.press("Escape");

        // The older version stays readable, read only, with its verdicts as they were.
        page.locator("vaadin-select.fd-version-picker").scrollIntoViewIfNeeded();
        Selects.choose(page.locator("vaadin-select.fd-version-picker"), page.locator("vaadin-select.fd-version-picker "
                + "vaadin-select-item", new Page.LocatorOptions().setHasText("Version 1")));
        assertThat(page.locator(".fd-older-version")).containsText("Older version");
        reader.waitUntilRendered();
        assertThat(sentenceWith("35% bessere")).hasAttribute("data-verdict", "verified");
        assertThat(page.locator("fd-article-text")).hasAttribute("data-read-only", "");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("revision-older-version.png")));
        page.locator("a.fd-go-current").click();
        assertThat(page).hasURL(url("article/" + v2.value()));

        // The assignee confirms the carried verdict with the key; the history records it.
        BrowserContext editorContext = newContext("en-US");
        Page editor = editorContext.newPage();
        new LoginPage(editor).signInAs("editor", "editor");
        editor.navigate("article/" + v2.value());
        ReaderPage editorReader = new ReaderPage(editor).waitUntilRendered();
        Locator toConfirm = editor.locator("fd-article-text [data-sentence-id]",
                new Page.LocatorOptions().setHasText("Die neuesten Microsoft-Zahlen"));
        assertThat(toConfirm).hasAttribute("data-carried", "changed");
        toConfirm.click();
        editorReader.press("y");
        assertThat(toConfirm).not().hasAttribute("data-carried", Pattern.ANY);
        assertThat(toConfirm).not().hasAttribute("data-pending", Pattern.ANY);
        assertThat(toConfirm).hasAttribute("data-verdict", "no-claim");
        editorReader.press("Enter");
        assertThat(editor.locator(".fd-panel-carried")).containsText("confirmed by Eva Editor");
        assertThat(editor.locator(".fd-history .fd-history-entry").first())
                .containsText("Confirmed the carried verdict after the text changed");
        // The lead's reader hears of it too: no sentence left to confirm there but the substance change.
        assertThat(changedSentence).not().hasAttribute("data-carried", Pattern.ANY);
        editorReader.press("Escape");

        // The export names the version reviewed and what changed since the approved one.
        editor.locator(".fd-export").click();
        Locator dialog = editor.locator("vaadin-dialog.fd-export-dialog");
        assertThat(dialog.locator("vaadin-checkbox.fd-export-changes")).isVisible();
        dialog.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("English")).click();
        Download download = editor.waitForDownload(() -> dialog.locator("a.fd-export-pdf").click());
        String text = pdfText(Files.readAllBytes(Objects.requireNonNull(download.path())));
        assertThat(text).contains("Version 2 of", "Changes since the last approved version (version 1 of",
                "changed in substance", INSERTED);
        Download csv = editor.waitForDownload(() -> dialog.locator("a.fd-export-csv").click());
        String table = Files.readString(Objects.requireNonNull(csv.path()), StandardCharsets.UTF_8);
        assertThat(table.lines().findFirst().orElseThrow()).endsWith("article_version,version_date");
        assertThat(table.lines().skip(1).filter(line -> !line.isBlank()).findFirst().orElseThrow()).contains(",2,");
        editorContext.close();
    }

    private Locator sentenceWith(String text) {
        return page.locator("fd-article-text [data-sentence-id]", new Page.LocatorOptions().setHasText(text));
    }

    private int indexOf(ArticleId article, String text) {
        List<String> texts = SystemAuthentication.runAsSystem(() -> articles.findText(article)).orElseThrow().blocks()
                .stream().flatMap(block -> block.sentences().stream()).map(s -> s.text()).toList();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No sentence with " + text);
    }

    /** Any value of an attribute: {@code not().hasAttribute(name, ANY)} says it is absent. */
    private static final class Pattern {
        static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile(".*");
    }
}
