package org.factdesk.assist.internal;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.review.Adoption;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictRejectedException;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two articles share sentences: the same one, one with a word changed (same figures), one with a word and
 * a figure changed, one not reviewed, one too short. Each test makes its own pair with a made-up place name,
 * so no other article's sentences match.
 */
@IntegrationTest
class RepeatedClaimsIT {

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleAnalyses backfill;

    @Autowired
    LookUpIndexing indexing;

    ArticleId source;
    ArticleId copy;
    /** Sentence ids in reading order (index 0: the heading). */
    List<Long> a;
    List<Long> b;

    static final EvidenceItem EVIDENCE = new EvidenceItem("https://www.destatis.de/bahn", "plus 4,2 Prozent",
            LocalDate.of(2026, 11, 2));

    @BeforeEach
    void importTwoArticles() {
        // Three made-up names per sentence: other tests' pairs differ in more than a tenth of the words.
        String place = placeName();
        String person = placeName();
        String line = placeName();
        String same = "Die Bahn beförderte im vergangenen Jahr in " + place + " auf der Linie " + line
                + " rund 4,2 Prozent mehr Fahrgäste, sagte " + person + ".";
        String near = "Der Verkehrsverbund " + place + " investiert bis 2030 insgesamt 1,5 Milliarden Euro "
                + "in neue Züge für die Linie " + line + ", wie Vorstand " + person + " am Dienstag mitteilte.";
        String figure = "Nach Angaben des Senats von " + place + " fielen im Oktober auf der Linie " + line
                + " 312 Verbindungen aus, weil " + person + " zufolge Personal für die Stellwerke fehlte.";
        String unreviewed = "Die Gewerkschaft in " + place + " kündigte für die Linie " + line
                + " weitere Warnstreiks an, so " + person + ".";
        String shortOne = "Das bestätigte " + place + ".";
        source = store("Bahnbilanz " + place, """
                Bahnbilanz %s
                %s %s
                %s %s %s
                """.formatted(place, same, near, figure, unreviewed, shortOne));
        copy = store("Agenturmeldung " + place, """
                Agenturmeldung zur Bahn in %s
                %s %s
                %s %s %s
                """.formatted(place, same, near.replace("mitteilte", "sagte"),
                figure.replace("312", "321").replace("fehlte", "mangelte"), unreviewed, shortOne));
        a = ids(source);
        b = ids(copy);
        assertThat(a).hasSize(6);
        assertThat(b).hasSize(6);
        as("lead", () -> {
            reviews.save(source, new VerdictChange(a.get(1), 0), Verdict.VERIFIED, "Statistik geprüft.",
                    List.of(EVIDENCE));
            reviews.save(source, new VerdictChange(a.get(2), 0), Verdict.DISPUTED, "Es sind 1,2 Milliarden.",
                    List.of());
            reviews.save(source, new VerdictChange(a.get(3), 0), Verdict.VERIFIED, "Senatsantwort gelesen.",
                    List.of());
            reviews.save(source, new VerdictChange(a.get(5), 0), Verdict.NO_CLAIM, null, List.of());
            return null;
        });
    }

    @Test
    void finds_the_same_and_the_nearly_same_claim_but_not_another_figure() {
        as("editor", () -> {
            assertThat(reviews.related(copy, new SentenceId(b.get(1)))).singleElement().satisfies(r -> {
                assertThat(r.relation()).isEqualTo(RelatedSentence.Relation.SAME_CLAIM);
                assertThat(r.sentenceId()).isEqualTo(a.get(1));
                assertThat(r.articleId()).isEqualTo(source);
                assertThat(r.articleTitle()).startsWith("Bahnbilanz ");
                assertThat(r.ordinal()).isEqualTo(2);
                assertThat(r.similarity()).isEqualTo(1.0);
            });
            assertThat(reviews.related(copy, new SentenceId(b.get(2)))).singleElement().satisfies(r -> {
                assertThat(r.relation()).isEqualTo(RelatedSentence.Relation.NEAR_CLAIM);
                assertThat(r.sentenceId()).isEqualTo(a.get(2));
                assertThat(r.similarity()).isBetween(0.9, 0.99);
            });
            assertThat(reviews.related(copy, new SentenceId(b.get(3))))
                    .noneMatch(r -> r.relation() != RelatedSentence.Relation.FIGURE_DIFFERS);
            // the unreviewed copy is listed too, the short sentence is no claim to match
            assertThat(reviews.related(copy, new SentenceId(b.get(4)))).extracting(RelatedSentence::sentenceId)
                    .containsExactly(a.get(4));
            assertThat(reviews.related(copy, new SentenceId(b.get(5)))).isEmpty();
            // and the other way round; never the sentence's own article
            assertThat(reviews.related(source, new SentenceId(a.get(1)))).extracting(RelatedSentence::sentenceId)
                    .containsExactly(b.get(1));
            return null;
        });
    }

    @Test
    void adopting_copies_verdict_note_and_evidence_with_the_source_in_the_history() {
        SentenceVerdict adopted = as("lead", () ->
                reviews.adopt(copy, new VerdictChange(b.get(1), 0), new SentenceId(a.get(1))));

        assertThat(adopted.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(adopted.note()).isEqualTo("Statistik geprüft.");
        assertThat(adopted.evidence()).containsExactly(EVIDENCE);
        assertThat(adopted.setByUsername()).isEqualTo("lead");
        as("editor", () -> {
            HistoryEntry entry = reviews.history(new SentenceId(b.get(1))).getFirst();
            assertThat(entry.origin()).isEqualTo("adopted:" + a.get(1));
            assertThat(entry.to()).isEqualTo(Verdict.VERIFIED);
            assertThat(reviews.historyOf(copy).get(b.get(1)).getFirst().origin()).isEqualTo("adopted:" + a.get(1));
            Adoption adoption = reviews.adoption(new SentenceId(b.get(1))).orElseThrow();
            assertThat(adoption.sourceSentenceId()).isEqualTo(a.get(1));
            assertThat(adoption.source().articleId()).isEqualTo(source);
            assertThat(adoption.source().ordinal()).isEqualTo(2);
            assertThat(adoption.adoptedVersion()).isEqualTo(1);
            assertThat(adoption.sourceChanged()).isFalse();
            return null;
        });

        SentenceVerdict nearAdopted = as("lead", () ->
                reviews.adopt(copy, new VerdictChange(b.get(2), 0), new SentenceId(a.get(2))));
        assertThat(nearAdopted.verdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(nearAdopted.note()).isEqualTo("Es sind 1,2 Milliarden.");
    }

    @Test
    void a_changed_source_shows_as_changed_and_a_hand_change_clears_the_reference() {
        as("lead", () -> reviews.adopt(copy, new VerdictChange(b.get(1), 0), new SentenceId(a.get(1))));
        as("lead", () -> reviews.save(source, new VerdictChange(a.get(1), 1), Verdict.DISPUTED,
                "Die Zahl stammt aus 2023.", List.of(EVIDENCE)));

        Adoption adoption = as("editor", () -> reviews.adoption(new SentenceId(b.get(1))).orElseThrow());
        assertThat(adoption.sourceChanged()).isTrue();
        assertThat(adoption.sourceVerdict()).isEqualTo(Verdict.DISPUTED);
        // the copy keeps what was adopted: not silently changed
        assertThat(as("editor", () -> reviews.verdictsOfSentences(List.of(b.get(1))).get(b.get(1)).verdict()))
                .isEqualTo(Verdict.VERIFIED);

        as("lead", () -> reviews.mark(copy, List.of(new VerdictChange(b.get(1), 1)), Verdict.DISPUTED));
        // the hand change needs a note: the adopted one is kept
        assertThat(as("editor", () -> reviews.adoption(new SentenceId(b.get(1))))).isEmpty();
        assertThat(as("editor", () -> reviews.history(new SentenceId(b.get(1))).getFirst().origin())).isNull();
    }

    @Test
    void refuses_to_adopt_another_figure_an_unreviewed_source_or_a_sentence_of_the_same_article() {
        assertThatThrownBy(() -> as("lead", () ->
                reviews.adopt(copy, new VerdictChange(b.get(3), 0), new SentenceId(a.get(3)))))
                .isInstanceOf(VerdictRejectedException.class)
                .satisfies(e -> assertThat(((VerdictRejectedException) e).userMessage().in(Locale.ENGLISH))
                        .contains("Sentence 4 is not the same claim"));
        assertThatThrownBy(() -> as("lead", () ->
                reviews.adopt(copy, new VerdictChange(b.get(4), 0), new SentenceId(a.get(4)))))
                .isInstanceOf(VerdictRejectedException.class)
                .satisfies(e -> assertThat(((VerdictRejectedException) e).userMessage().in(Locale.GERMAN))
                        .contains("hat keine Bewertung"));
        assertThatThrownBy(() -> as("lead", () ->
                reviews.adopt(source, new VerdictChange(a.get(4), 0), new SentenceId(a.get(1)))))
                .isInstanceOf(VerdictRejectedException.class);
        assertThat(as("editor", () -> reviews.verdictsOfSentences(List.of(b.get(3), b.get(4))))).isEmpty();
    }

    @Test
    void an_editor_not_assigned_may_not_adopt() {
        assertThatThrownBy(() -> as("editor", () ->
                reviews.adopt(copy, new VerdictChange(b.get(1), 0), new SentenceId(a.get(1)))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_index_is_written_after_the_import_commits_and_the_look_up_waits_for_it() throws Exception {
        // The indexing thread is held: both articles commit, their keys wait in the queue.
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        indexing.submit("held by the test", () -> {
            try {
                held.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        String place = placeName();
        String claim = "Im Hafen von " + place + " wurden im dritten Quartal 2,7 Millionen Container umgeschlagen, "
                + "teilte die Hafenbehörde am Montag mit.";
        ArticleId first = store("Hafen " + place, "Hafen " + place + "\n" + claim + "\n");
        // Nearly the same (not a copy, which the text hash would find without the keys).
        ArticleId second = store("Hafenbilanz " + place, "Hafenbilanz " + place + "\n"
                + claim.replace("Hafenbehörde", "Hafenverwaltung") + "\n");
        assertThat(jdbc.sql("select count(*) from claim_key where article_id = ?").param(first.value())
                .query(Long.class).single()).isZero();
        // The look-up waits for the queue: it has not answered while the queue is held (an answer without
        // waiting comes within milliseconds, and without the first article) and answers once it is released.
        java.util.concurrent.CompletableFuture<List<RelatedSentence>> lookUp = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> as("editor", () -> reviews.related(second, new SentenceId(ids(second).get(1)))));
        await("the look-up waiting for the held queue").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> !lookUp.isDone());
        held.countDown();
        assertThat(lookUp.get(30, java.util.concurrent.TimeUnit.SECONDS))
                .extracting(RelatedSentence::articleId).containsExactly(first);
        backfill.run(null); // on the queue's thread too: nothing indexed twice
        assertThat(jdbc.sql("select count(*) from claim_key where article_id = ?").param(first.value())
                .query(Long.class).single()).isEqualTo(ClaimKeys.BANDS);
        assertThat(jdbc.sql("select count(*) from article_claim_index where article_id = ?").param(first.value())
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void articles_stored_before_the_index_are_indexed_once_at_start() {
        indexing.awaitQueued(java.time.Duration.ofSeconds(30)); // the import's indexing is done before we undo it
        jdbc.sql("delete from claim_key where article_id = ?").param(copy.value()).update();
        jdbc.sql("delete from article_claim_index where article_id = ?").param(copy.value()).update();
        assertThat(as("editor", () -> reviews.related(source, new SentenceId(a.get(2))))).isEmpty();

        backfill.run(null);

        assertThat(jdbc.sql("select count(*) from claim_key where article_id = ?").param(copy.value())
                .query(Long.class).single()).isEqualTo(4L * ClaimKeys.BANDS); // sentences 2-5; heading and 6 short
        assertThat(as("editor", () -> reviews.related(source, new SentenceId(a.get(2)))))
                .extracting(RelatedSentence::sentenceId).containsExactly(b.get(2));
    }

    private ArticleId store(String title, String text) {
        return as("lead", () -> articles.store(new NewArticle(title, "repeated-claims-it", null, text)).id());
    }

    private List<Long> ids(ArticleId id) {
        return as("lead", () -> articles.findText(id).orElseThrow()).blocks().stream()
                .flatMap(block -> block.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private <T> T as(String user, java.util.concurrent.Callable<T> work) {
        return SignedInAs.call(users, user, work);
    }

    /** A made-up town name of letters only (no figure), new for every test. */
    private static String placeName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Neu");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
