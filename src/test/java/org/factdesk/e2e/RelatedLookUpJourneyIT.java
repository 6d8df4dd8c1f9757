package org.factdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.RelatedSentenceSource;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following the selection with the panel open never waits for the related-sentence look-up (issue 13,
 * performance): a look-up held back on purpose leaves the panel free to move, says it is looking, and its
 * answer arrives by push; a sentence looked up before shows at once, until a verdict changes somewhere.
 * A source of its own (a test bean) stands in for a slow look-up, so this journey has a context and a
 * database of its own.
 */
@TestPropertySource(properties = "factdesk.test.database=related-look-up-journey")
class RelatedLookUpJourneyIT extends BrowserJourney {

    /**
     * Longer than a journey's usual wait (the machines the journeys run on can be busy), far shorter than the
     * look-up is held back: a move that waited for the look-up fails here.
     */
    private static final LocatorAssertions.HasAttributeOptions MOVES_WITHIN =
            new LocatorAssertions.HasAttributeOptions().setTimeout(20_000);

    @Autowired
    ArticleService articleService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserDetailsService users;
    @Autowired
    HeldBackSource held;

    @TestConfiguration
    static class HeldBack {
        @Bean
        HeldBackSource heldBackSource() {
            return new HeldBackSource();
        }
    }

    /**
     * Answers for one sentence only, once the test opens the gate; counts how often it was asked, and names the
     * platform threads that asked (the section asks on virtual threads; a request thread here is a UI thread
     * waiting for the look-up, whichever sentence it asked for).
     */
    static final class HeldBackSource implements RelatedSentenceSource {
        volatile long sentenceId = -1;
        volatile CountDownLatch gate = new CountDownLatch(0);
        final AtomicInteger calls = new AtomicInteger();
        final Set<String> platformThreads = ConcurrentHashMap.newKeySet();

        @Override
        public List<RelatedSentence> relatedTo(ArticleId articleId, SentenceId sentence) {
            if (!Thread.currentThread().isVirtual()) {
                platformThreads.add(Thread.currentThread().getName());
            }
            if (sentence.value() != sentenceId) {
                return List.of();
            }
            int call = calls.incrementAndGet();
            try {
                gate.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new RelatedSentence(RelatedSentence.Relation.FIGURE_DIFFERS, articleId, "Langsame Quelle",
                    sentence.value(), 1, "Antwort " + call, 0, List.of(), List.of("answer " + call)));
        }
    }

    @Test
    void the_panel_follows_j_while_the_look_up_runs_and_shows_a_kept_answer_until_a_verdict_changes() {
        ArticleId article = SignedInAs.call(users, "lead", () -> articleService.store(new NewArticle(
                "Langsame Nachschlagerei", "journey", null, """
                        Der Stadtrat von Wartenfeld beschloss am Montag einen neuen Haushalt für das Jahr.
                        Die Ausgaben steigen nach Angaben der Kämmerei um 4,5 Prozent auf 212 Millionen Euro.
                        Die Opposition kritisierte die geplanten Kürzungen bei den Bibliotheken der Stadt.
                        """)).id());
        List<Long> ids = SignedInAs.call(users, "lead", () -> articleService.findText(article).orElseThrow())
                .blocks().stream().flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
        held.sentenceId = ids.get(1);
        CountDownLatch gate = new CountDownLatch(1);
        held.gate = gate;
        try {
            new LoginPage(page).signInAs("lead", "lead");
            page.navigate(url("article/" + article.value()));
            ReaderPage reader = new ReaderPage(page).waitUntilRendered();
            Locator related = reader.panel().locator(".fd-related");
            reader.sentence(1).click();
            reader.press("Enter");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "1");
            assertThat(related.locator(".fd-related-none")).isVisible();
            // Enter put the keyboard into the panel, where j and k are the panel's (the text ignores keys typed
            // there): back to the text, as an editor clicks, so that j moves the selection.
            reader.sentence(1).click();

            // The look-up of sentence 2 is held back (90 s): the panel moves anyway, and says it is looking.
            reader.press("j");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "2",
                    MOVES_WITHIN);
            assertThat(reader.panel()).containsText("Die Ausgaben steigen");
            assertThat(related.locator(".fd-related-looking")).hasText(
                    "Looking for related sentences in other articles…");
            assertThat(related).hasAttribute("aria-busy", "true");
            // and further on, to sentence 3, whose look-up waits for nothing but the one running
            reader.press("j");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3",
                    MOVES_WITHIN);
            reader.press("k");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "2",
                    MOVES_WITHIN);

            gate.countDown();
            assertThat(related.locator(".fd-related-row")).containsText("Antwort 1");
            assertThat(related).not().hasAttribute("aria-busy", "true");
            assertThat(held.calls.get()).isEqualTo(1);
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("related-look-up-answered.png")));

            // Back to sentence 2 later: the kept answer, without asking again.
            reader.press("j");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3");
            assertThat(related.locator(".fd-related-none")).isVisible();
            reader.press("k");
            assertThat(related.locator(".fd-related-row")).containsText("Antwort 1");
            assertThat(held.calls.get()).isEqualTo(1);

            // A verdict changes (here by a colleague, on another sentence): the kept answers are stale.
            reader.press("j");
            assertThat(reader.panel()).hasAttribute("data-sentence-ordinal", "3");
            SignedInAs.run(users, "lead", () -> reviewService.save(article, new VerdictChange(ids.get(0), 0),
                    Verdict.NO_CLAIM, null, List.of()));
            reader.press("k");
            assertThat(related.locator(".fd-related-row")).containsText("Antwort 2");
            assertThat(held.calls.get()).isEqualTo(2);
            // Every look-up of the walk (open, j, k, push answers, the colleague's change) ran off the UI thread.
            assertThat(held.platformThreads).isEmpty();
        } finally {
            gate.countDown();
            held.sentenceId = -1;
        }
    }
}
