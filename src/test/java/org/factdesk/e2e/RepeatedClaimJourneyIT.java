package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.e2e.pages.ImportPage;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A syndicated copy of a reviewed article is reviewed in seconds: the reader offers the review, c adopts it. */
class RepeatedClaimJourneyIT extends BrowserJourney {

    private static final Pattern READER_URL = Pattern.compile(".*/article/(\\d+)$");
    private static final String ORIGINAL_TITLE = "Stadtwerke Quellenfeld erhöhen die Fernwärmepreise";
    private static final String SAME = "Die Stadtwerke Quellenfeld erhöhen die Fernwärmepreise zum 1. März um "
            + "durchschnittlich 18,5 Prozent, wie Geschäftsführer Tobias Quellmann am Montag mitteilte.";
    private static final String NEAR = "Betroffen sind nach Angaben des Unternehmens rund 42.000 Haushalte im "
            + "Stadtgebiet, die bislang 96 Euro im Monat zahlen.";

    @Autowired
    ArticleService articleService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserDetailsService users;

    @Test
    void lead_imports_a_syndicated_copy_and_adopts_the_review_with_one_key() {
        ArticleId original = SignedInAs.call(users, "lead", () -> articleService.store(new NewArticle(ORIGINAL_TITLE,
                "journey", null, ORIGINAL_TITLE + "\n" + SAME + " " + NEAR + "\n"
                        + "Die Verbraucherzentrale kritisierte die Erhöhung als unverhältnismäßig hoch.\n")).id());
        List<Long> source = SignedInAs.call(users, "lead", () -> articleService.findText(original).orElseThrow())
                .blocks().stream().flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
        EvidenceItem evidence = new EvidenceItem("https://www.stadtwerke-quellenfeld.example/presse/fernwaerme",
                "um durchschnittlich 18,5 Prozent", LocalDate.now());
        SignedInAs.run(users, "lead", () -> reviewService.save(original, new VerdictChange(source.get(1), 0),
                Verdict.VERIFIED, "Pressemitteilung der Stadtwerke gelesen.", List.of(evidence)));

        // The agency copy: another headline, one word changed in the second sentence, another ending.
        String copy = "Fernwärme in Quellenfeld wird deutlich teurer\n" + SAME + " "
                + NEAR.replace("Unternehmens", "Versorgers") + "\n"
                + "Der Mieterbund rät, die Abrechnungen genau zu prüfen.\n";
        new LoginPage(page).signInAs("lead", "lead");
        ImportPage importing = new ImportPage(page).open();
        importing.pasteText(copy).previewPaste();
        importing.importPaste();
        page.waitForURL(READER_URL.asPredicate());
        ReaderPage reader = new ReaderPage(page).waitUntilRendered();

        reader.sentence(2).click();
        reader.press("Enter");
        Locator same = reader.panel().locator(".fd-related-row[data-relation='same-claim']");
        assertThat(same.locator(".fd-related-headline")).containsText(
                Pattern.compile("✓ Verified in “" + ORIGINAL_TITLE + "” on .+ by Lena Lead"));
        assertThat(same).containsText("Pressemitteilung der Stadtwerke gelesen.");
        assertThat(same.locator(".fd-related-evidence a")).hasAttribute("href", evidence.url());
        assertThat(same.locator(".fd-related-open")).hasAttribute("href",
                "article/" + original.value() + "#sentence-2");
        reader.panel().screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("reader-related-same-claim.png")));

        reader.press("c");

        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");
        assertThat(reader.panel().locator(".fd-adopted-from")).containsText(
                "This verdict was adopted from sentence 2 of “" + ORIGINAL_TITLE + "”.");
        assertThat(reader.history().locator(".fd-history-origin").first())
                .hasText("adopted from sentence 2 of “" + ORIGINAL_TITLE + "”");
        assertThat(reader.panelNote()).hasValue("Pressemitteilung der Stadtwerke gelesen.");
        assertThat(reader.panel().locator(".fd-evidence-url input")).hasValue(evidence.url());
        assertThat(same.locator(".fd-adopted-already")).isVisible();
        assertThat(same.locator(".fd-adopt")).hasCount(0);

        // The nearly same sentence shows its (unreviewed) twin, with how alike they are.
        reader.press("Escape");
        reader.sentence(3).click();
        reader.press("Enter");
        assertThat(reader.panel().locator(".fd-related-row[data-relation='near-claim']"))
                .containsText(Pattern.compile("Nearly the same: 9\\d % alike, the same figures"));

        page.reload();
        reader.waitUntilRendered();
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");

        // The source's review changes later: the copy keeps its verdict and says the source changed.
        SignedInAs.run(users, "lead", () -> reviewService.save(original, new VerdictChange(source.get(1), 1),
                Verdict.DISPUTED, "Es sind 15,8 Prozent.", List.of(evidence)));
        page.reload();
        reader.waitUntilRendered();
        reader.sentence(2).click();
        reader.press("Enter");
        assertThat(reader.sentence(2)).hasAttribute("data-verdict", "verified");
        assertThat(reader.panel().locator(".fd-source-changed")).hasText(
                "The source changed since: it is now ✗ disputed.");
        assertThat(reader.panel().locator(".fd-adoption .fd-related-open")).hasAttribute("href",
                "article/" + original.value() + "#sentence-2");
        // adopting the new review is one key again
        assertThat(same.locator(".fd-adopt")).isVisible();
        reader.panel().screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("reader-related-source-changed.png")));
    }
}
