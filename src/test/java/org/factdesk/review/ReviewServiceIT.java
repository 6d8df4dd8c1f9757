package org.factdesk.review;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.ArticleStateChanged;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each test reviews its own freshly imported article, assigned to editor (Eva Editor), so tests
 * never see each other's verdicts. The lead (Lena Lead) may review any article that is not approved.
 */
@IntegrationTest
@RecordApplicationEvents
class ReviewServiceIT {

    @Autowired
    ReviewService reviewService;
    @Autowired
    ArticleService articleService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents applicationEvents;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    ArticleId article;
    /** Sentence ids in reading order: s.get(0) is sentence 1 (the heading). */
    List<Long> s;

    @BeforeEach
    void importFreshArticle() {
        String text = """
                Prüfbericht %s
                Der Umsatz stieg im Jahr 2024 um 5 Prozent. Die Firma beschäftigt 300 Menschen in Berlin.
                Das ist das beste Produkt aller Zeiten. Der Vorstand trifft sich am Montag. Es regnete.
                """.formatted(UUID.randomUUID());
        article = SystemAuthentication.runAsSystem(() -> articleService.add(
                new NewArticle("Prüfbericht", "review-it", null, text)));
        s = SystemAuthentication.runAsSystem(() -> articleService.findText(article).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
        assertThat(s).hasSize(6);
        UserId editorId = SignedInAs.user(userDetailsService, "editor").id();
        as("lead", () -> {
            assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL);
            return null;
        });
    }

    // --- verdicts -------------------------------------------------------------------------------

    @Test
    @WithUserDetails("editor")
    void gives_each_verdict_and_records_the_signed_in_editor() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
        reviewService.mark(article, List.of(new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);
        reviewService.save(article, new VerdictChange(s.get(3), 0), Verdict.VERIFIED, null,
                List.of(new EvidenceItem("https://www.destatis.de/umsatz", "plus 5 Prozent", LocalDate.of(2025, 3, 1))));
        reviewService.save(article, new VerdictChange(s.get(4), 0), Verdict.DISPUTED, "  Es sind 280 Menschen.  ",
                List.of());

        Map<Long, SentenceVerdict> verdicts = reviewService.verdictsOf(article);
        assertThat(verdicts).hasSize(4);
        assertThat(verdicts.get(s.get(1)).verdict()).isEqualTo(Verdict.PROMOTIONAL);
        assertThat(verdicts.get(s.get(2)).verdict()).isEqualTo(Verdict.NO_CLAIM);
        SentenceVerdict verified = verdicts.get(s.get(3));
        assertThat(verified.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(verified.evidence()).containsExactly(
                new EvidenceItem("https://www.destatis.de/umsatz", "plus 5 Prozent", LocalDate.of(2025, 3, 1)));
        assertThat(verdicts.get(s.get(4)).note()).isEqualTo("Es sind 280 Menschen.");
        assertThat(verdicts.values()).allSatisfy(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.setByUsername()).isEqualTo("editor");
            assertThat(v.setByDisplayName()).isEqualTo("Eva Editor");
            assertThat(v.setAt()).isNotNull();
        });
        assertThat(Verdict.NO_CLAIM.key()).isEqualTo("no-claim");
    }

    @Test
    @WithUserDetails("lead")
    void the_acting_user_comes_from_the_security_context() {
        SentenceVerdict saved = reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.NO_CLAIM,
                "Eine Meldung.", List.of());

        assertThat(saved.setByUsername()).isEqualTo("lead");
        assertThat(saved.setByDisplayName()).isEqualTo("Lena Lead");
        assertThat(reviewService.history(new SentenceId(s.get(1)))).singleElement()
                .satisfies(entry -> assertThat(entry.byUsername()).isEqualTo("lead"));
        String changedBy = jdbc.sql("""
                        select u.username from verdict_history h join user_account u on u.id = h.changed_by
                        where h.sentence_id = ?""").param(s.get(1)).query(String.class).single();
        assertThat(changedBy).isEqualTo("lead");
    }

    @Test
    @WithUserDetails("editor")
    void clearing_keeps_the_row_so_the_version_keeps_counting() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
        List<SentenceVerdict> cleared = reviewService.mark(article, List.of(new VerdictChange(s.get(1), 1)), null);

        assertThat(cleared).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isNull();
            assertThat(v.version()).isEqualTo(2);
        });
        assertThat(reviewService.progress(article).reviewed()).isZero();
        assertThat(reviewService.history(new SentenceId(s.get(1))).getFirst())
                .extracting(HistoryEntry::from, HistoryEntry::to).containsExactly(Verdict.PROMOTIONAL, null);
    }

    @Test
    @WithUserDetails("editor")
    void publishes_the_changed_states_with_the_acting_user() {
        List<SentenceVerdict> marked = reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0), new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);

        assertThat(applicationEvents.stream(VerdictsChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.articleId()).isEqualTo(article);
            assertThat(event.changed()).isEqualTo(marked);
            assertThat(event.byUsername()).isEqualTo("editor");
        });
    }

    // --- ranges ---------------------------------------------------------------------------------

    @Test
    @WithUserDetails("editor")
    void marks_a_range_keeping_each_sentences_note_and_evidence() {
        EvidenceItem source = new EvidenceItem("https://example.org/a", null, LocalDate.of(2025, 1, 2));
        reviewService.save(article, new VerdictChange(s.get(2), 0), Verdict.VERIFIED, "Laut Jahresbericht.",
                List.of(source));

        List<SentenceVerdict> marked = reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0),
                new VerdictChange(s.get(2), 1), new VerdictChange(s.get(3), 0)), Verdict.PROMOTIONAL);

        assertThat(marked).extracting(SentenceVerdict::sentenceId).containsExactly(s.get(1), s.get(2), s.get(3));
        assertThat(marked).extracting(SentenceVerdict::verdict).containsOnly(Verdict.PROMOTIONAL);
        assertThat(marked.get(1).note()).isEqualTo("Laut Jahresbericht.");
        assertThat(marked.get(1).evidence()).containsExactly(source);
        assertThat(marked.get(1).version()).isEqualTo(2);
        assertThat(reviewService.history(new SentenceId(s.get(2))).getFirst().evidenceSummary()).isNull();
    }

    @Test
    @WithUserDetails("editor")
    void a_range_where_one_sentence_breaks_a_rule_stores_nothing() {
        reviewService.save(article, new VerdictChange(s.get(2), 0), Verdict.DISPUTED, "Falsche Zahl.", List.of());
        Map<Long, SentenceVerdict> before = reviewService.verdictsOf(article);
        long historyBefore = historyRows();

        assertThatThrownBy(() -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0),
                new VerdictChange(s.get(2), 1), new VerdictChange(s.get(3), 0)), Verdict.DISPUTED))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("Sentences 2 and 4 cannot be marked disputed without a note: say in the note what is wrong.")
                .satisfies(e -> assertThat(((VerdictRejectedException) e).sentenceOrdinals()).containsExactly(2, 4));

        assertThat(reviewService.verdictsOf(article)).isEqualTo(before);
        assertThat(historyRows()).isEqualTo(historyBefore);
    }

    @Test
    @WithUserDetails("editor")
    void a_range_with_one_stale_version_stores_nothing() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);
        Map<Long, SentenceVerdict> before = reviewService.verdictsOf(article);
        long historyBefore = historyRows();

        assertThatThrownBy(() -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0),
                new VerdictChange(s.get(2), 0), new VerdictChange(s.get(3), 0)), Verdict.PROMOTIONAL))
                .isInstanceOf(VerdictConflictException.class)
                .hasMessage("Sentence 3 was changed by Eva Editor a moment ago: it is now no claim.");

        assertThat(reviewService.verdictsOf(article)).isEqualTo(before);
        assertThat(historyRows()).isEqualTo(historyBefore);
    }

    @Test
    @WithUserDetails("editor")
    void sentences_must_belong_to_the_article_and_appear_once() {
        long foreign = jdbc.sql("select min(id) from sentence where article_id <> ?").param(article.value())
                .query(Long.class).single();

        assertThatThrownBy(() -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0), new VerdictChange(foreign, 0)), Verdict.NO_CLAIM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sentence id(s) " + foreign + " are not part of article " + article + ".");
        assertThatThrownBy(() -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0), new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThat(reviewService.verdictsOf(article)).isEmpty();
    }

    // --- validation -----------------------------------------------------------------------------

    @Test
    @WithUserDetails("editor")
    void disputed_needs_a_note() {
        assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.DISPUTED, "  ",
                List.of(new EvidenceItem("https://example.org", null, null))))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("Sentence 2 cannot be marked disputed without a note: say in the note what is wrong.");
        assertThat(reviewService.verdictsOf(article)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void verified_needs_evidence_or_a_note() {
        assertThatThrownBy(() -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.VERIFIED))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("Sentence 2 cannot be marked verified without evidence or a note:"
                        + " add a source or say how it was checked.");

        SentenceVerdict withNote = reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED,
                "Telefonisch bestätigt.", null);
        SentenceVerdict withEvidence = reviewService.save(article, new VerdictChange(s.get(2), 0), Verdict.VERIFIED,
                null, List.of(new EvidenceItem(" https://example.org/bericht ", " ", null)));

        assertThat(withNote.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(withEvidence.evidence()).containsExactly(
                new EvidenceItem("https://example.org/bericht", null, LocalDate.now()));
    }

    @Test
    @WithUserDetails("editor")
    void promotional_no_claim_and_clear_need_nothing() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
        reviewService.mark(article, List.of(new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);
        reviewService.mark(article, List.of(new VerdictChange(s.get(3), 0)), null);

        assertThat(reviewService.verdictsOf(article)).hasSize(3);
    }

    @Test
    @WithUserDetails("editor")
    void evidence_must_link_to_a_web_page() {
        for (String url : List.of("ftp://x", "javascript:alert(1)", "https://", "http://exa mple.org", "example.org")) {
            assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED,
                    null, List.of(new EvidenceItem(url, null, null))))
                    .as(url)
                    .isInstanceOf(VerdictRejectedException.class)
                    .hasMessageContaining("Evidence 1 of sentence 2")
                    .hasMessageContaining("is not a web address");
        }
        assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED,
                null, List.of(new EvidenceItem(" ", null, null))))
                .isInstanceOf(VerdictRejectedException.class).hasMessage("Evidence 1 of sentence 2 has no URL.");
        assertThat(reviewService.verdictsOf(article)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void notes_and_quotes_have_at_most_4000_characters() {
        String tooLong = "x".repeat(4001);
        assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.DISPUTED,
                tooLong, List.of()))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("The note on sentence 2 has 4001 characters; at most 4000 are allowed.");
        assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED,
                null, List.of(new EvidenceItem("https://example.org", tooLong, null))))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("Evidence 1 of sentence 2 quotes 4001 characters; at most 4000 are allowed.");

        SentenceVerdict longest = reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.DISPUTED,
                "y".repeat(4000), List.of());
        assertThat(longest.note()).hasSize(4000);
    }

    // --- conflicts ------------------------------------------------------------------------------

    @Test
    void a_stale_version_is_refused_naming_who_changed_the_sentence_and_how() {
        as("editor", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(4), 0)), Verdict.NO_CLAIM));
        as("lead", () -> reviewService.save(article, new VerdictChange(s.get(4), 1), Verdict.DISPUTED,
                "Das ist eine Zahl.", List.of()));

        // editor still sees version 1
        VerdictConflictException conflict = as("editor", () -> {
            try {
                reviewService.mark(article, List.of(new VerdictChange(s.get(4), 1)), Verdict.PROMOTIONAL);
                throw new AssertionError("The stale change was accepted");
            } catch (VerdictConflictException e) {
                return e;
            }
        });

        assertThat(conflict).hasMessage("Sentence 5 was changed by Lena Lead a moment ago: it is now disputed.");
        assertThat(conflict.sentenceOrdinal()).isEqualTo(5);
        assertThat(conflict.current().version()).isEqualTo(2);
        assertThat(conflict.current().setByUsername()).isEqualTo("lead");
        assertThat(conflict.current().note()).isEqualTo("Das ist eine Zahl.");
        SentenceVerdict stored = as("editor", () -> reviewService.verdictsOf(article).get(s.get(4)));
        assertThat(stored).isEqualTo(conflict.current());
    }

    @Test
    void a_second_first_verdict_is_a_conflict() {
        as("editor", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM));

        assertThatThrownBy(() -> as("lead", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL)))
                .isInstanceOf(VerdictConflictException.class)
                .hasMessage("Sentence 2 was changed by Eva Editor a moment ago: it is now no claim.");
    }

    /**
     * Editors race on a few sentences, each change based on what it just read. Every accepted
     * change must show as exactly one history row and one version step; refusals only as conflicts.
     */
    @Test
    void concurrent_changes_match_history_and_final_state() throws Exception {
        List<Long> contested = s.subList(1, 4);
        int threads = 16;
        int attemptsPerThread = 15;
        Map<Long, AtomicInteger> accepted = new ConcurrentHashMap<>();
        contested.forEach(id -> accepted.put(id, new AtomicInteger()));
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = t % 2 == 0 ? "editor" : "lead";
            runs.add(pool.submit(() -> as(user, () -> {
                start.await();
                for (int attempt = 0; attempt < attemptsPerThread; attempt++) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    Map<Long, SentenceVerdict> seen = reviewService.verdictsOf(article);
                    List<VerdictChange> changes = contested.stream().filter(id -> random.nextBoolean())
                            .map(id -> new VerdictChange(id, seen.containsKey(id) ? seen.get(id).version() : 0))
                            .toList();
                    if (changes.isEmpty()) {
                        continue;
                    }
                    try {
                        if (changes.size() == 1 && random.nextBoolean()) {
                            reviewService.save(article, changes.getFirst(), Verdict.DISPUTED, "Notiz " + attempt,
                                    List.of(new EvidenceItem("https://example.org/" + attempt, null, null)));
                        } else {
                            reviewService.mark(article, changes, random.nextBoolean() ? Verdict.NO_CLAIM : null);
                        }
                        changes.forEach(c -> accepted.get(c.sentenceId()).incrementAndGet());
                    } catch (VerdictConflictException expected) {
                        // someone else was faster: the whole change was refused
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            })));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        Map<Long, SentenceVerdict> finalState = as("editor", () -> reviewService.verdictsOf(article));
        for (long id : contested) {
            int acceptedChanges = accepted.get(id).get();
            List<Integer> versions = as("editor", () -> reviewService.history(new SentenceId(id))).stream()
                    .map(HistoryEntry::version).toList();
            assertThat(versions).as("history of sentence %d", id).hasSize(acceptedChanges);
            if (acceptedChanges > 0) {
                assertThat(finalState.get(id).version()).isEqualTo(acceptedChanges);
                assertThat(versions.getFirst()).isEqualTo(acceptedChanges);
                assertThat(versions).doesNotHaveDuplicates();
            }
        }
        assertThat(accepted.values().stream().mapToInt(AtomicInteger::get).sum()).isPositive();
        assertThat(conflicts.get()).as("the editors really raced").isPositive();
    }

    // --- history --------------------------------------------------------------------------------

    @Test
    @WithUserDetails("editor")
    void history_only_grows_and_keeps_earlier_entries_unchanged() {
        long id = s.get(2);
        reviewService.mark(article, List.of(new VerdictChange(id, 0)), Verdict.PROMOTIONAL);
        List<HistoryEntry> afterFirst = reviewService.history(new SentenceId(id));
        reviewService.save(article, new VerdictChange(id, 1), Verdict.DISPUTED, "Falsch.",
                List.of(new EvidenceItem("https://a.example/1", null, null),
                        new EvidenceItem("https://b.example/2", "Zitat", null)));
        List<HistoryEntry> afterSecond = reviewService.history(new SentenceId(id));
        reviewService.save(article, new VerdictChange(id, 2), Verdict.VERIFIED, "Doch richtig.", List.of());
        List<HistoryEntry> afterThird = reviewService.history(new SentenceId(id));

        assertThat(afterFirst).hasSize(1);
        assertThat(afterSecond).hasSize(2).endsWith(afterFirst.toArray(HistoryEntry[]::new));
        assertThat(afterThird).hasSize(3).endsWith(afterSecond.toArray(HistoryEntry[]::new));

        HistoryEntry first = afterThird.get(2);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.from()).isNull();
        assertThat(first.to()).isEqualTo(Verdict.PROMOTIONAL);
        assertThat(first.evidenceSummary()).isNull();
        HistoryEntry second = afterThird.get(1);
        assertThat(second.from()).isEqualTo(Verdict.PROMOTIONAL);
        assertThat(second.to()).isEqualTo(Verdict.DISPUTED);
        assertThat(second.fromNote()).isNull();
        assertThat(second.toNote()).isEqualTo("Falsch.");
        assertThat(second.evidenceSummary()).isEqualTo("https://a.example/1 | https://b.example/2");
        HistoryEntry third = afterThird.get(0);
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.from()).isEqualTo(Verdict.DISPUTED);
        assertThat(third.fromNote()).isEqualTo("Falsch.");
        assertThat(third.toNote()).isEqualTo("Doch richtig.");
        assertThat(third.evidenceSummary()).isEmpty();
        assertThat(third.byDisplayName()).isEqualTo("Eva Editor");
    }

    // --- progress -------------------------------------------------------------------------------

    @Test
    @WithUserDetails("editor")
    void progress_counts_sentences_per_verdict() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(0), 0), new VerdictChange(s.get(1), 0)),
                Verdict.NO_CLAIM);
        reviewService.save(article, new VerdictChange(s.get(2), 0), Verdict.DISPUTED, "Falsch.", List.of());
        reviewService.mark(article, List.of(new VerdictChange(s.get(3), 0)), Verdict.PROMOTIONAL);
        reviewService.mark(article, List.of(new VerdictChange(s.get(3), 1)), null);

        ReviewProgress progress = reviewService.progress(article);

        assertThat(progress.totalSentences()).isEqualTo(6);
        assertThat(progress.reviewed()).isEqualTo(3);
        assertThat(progress.unreviewed()).isEqualTo(3);
        assertThat(progress.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Verdict.VERIFIED, 0, Verdict.DISPUTED, 1, Verdict.PROMOTIONAL, 0, Verdict.NO_CLAIM, 2));
    }

    @Test
    @WithUserDetails("editor")
    void mark_and_count_answers_with_the_progress_after_the_mark() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(0), 0)), Verdict.NO_CLAIM);

        MarkOutcome outcome = reviewService.markAndCount(article,
                List.of(new VerdictChange(s.get(1), 0), new VerdictChange(s.get(2), 0)), Verdict.PROMOTIONAL);

        assertThat(outcome.stored()).extracting(SentenceVerdict::verdict).containsOnly(Verdict.PROMOTIONAL);
        assertThat(outcome.progress().reviewed()).isEqualTo(3);
        assertThat(outcome.progress().count(Verdict.PROMOTIONAL)).isEqualTo(2);
        assertThat(outcome.progress()).isEqualTo(reviewService.progress(article));
    }

    // --- access ---------------------------------------------------------------------------------

    @Test
    void anonymous_callers_are_refused() {
        assertThatThrownBy(() -> reviewService.verdictsOf(article))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "GUEST")
    void users_without_a_review_role_cannot_give_verdicts() {
        assertThatThrownBy(() -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.NO_CLAIM, null,
                List.of())).isInstanceOf(AccessDeniedException.class);
        assertThat(reviewService.verdictsOf(article)).isEmpty();
    }

    @Test
    void the_system_principal_cannot_give_verdicts() {
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a signed-in FactDesk user can give verdicts; 'system' has no user account"
                        + " to record them under.");
        assertThat(historyRows()).isZero();
    }

    // --- workflow -------------------------------------------------------------------------------

    @Test
    void an_editor_cannot_change_verdicts_of_an_article_assigned_to_someone_else() {
        assertThatThrownBy(() -> as("editor2", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Article “" + title(article) + "” is assigned to Eva Editor, not to you.");
        assertThatThrownBy(() -> as("editor2", () -> reviewService.save(article, new VerdictChange(s.get(1), 0),
                Verdict.NO_CLAIM, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(historyRows()).isZero();
    }

    @Test
    void the_assignees_first_accepted_verdict_starts_the_review() {
        as("editor", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM));
        as("editor", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM));

        assertThat(as("editor", () -> assignmentService.stateOf(article)).orElseThrow().state())
                .isEqualTo(ArticleState.IN_REVIEW);
        assertThat(as("editor", () -> assignmentService.transitions(article)))
                .extracting(t -> t.action(), t -> t.byUsername())
                .containsExactly(tuple(TransitionAction.STARTED, "editor"),
                        tuple(TransitionAction.ASSIGNED, "lead"));
        assertThat(applicationEvents.stream(ArticleStateChanged.class))
                .contains(new ArticleStateChanged(article, ArticleState.ASSIGNED, ArticleState.IN_REVIEW));
    }

    @Test
    void an_editor_the_article_is_not_assigned_to_is_refused_without_waiting_for_its_lock() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> new org.springframework.transaction.support.TransactionTemplate(
                    transactions).executeWithoutResult(status -> {
                jdbc.sql("select id from article where id = ? for update").param(article.value()).query(Long.class)
                        .single();
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            locked.await();

            assertThatThrownBy(() -> as("editor2", () -> reviewService.mark(article,
                    List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Eva Editor");
            assertThatThrownBy(() -> as("editor2", () -> reviewService.save(article, new VerdictChange(s.get(1), 0),
                    Verdict.NO_CLAIM, "x", List.of()))).isInstanceOf(AccessDeniedException.class);
            // Had they waited for the lock, H2 would have given up with a lock timeout, not the refusal.
            release.countDown();
            holding.get();
        } finally {
            release.countDown();
            holder.shutdown();
        }
    }

    @Test
    void a_refused_verdict_does_not_start_the_review() {
        assertThatThrownBy(() -> as("editor", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0)), Verdict.DISPUTED)))
                .isInstanceOf(VerdictRejectedException.class);

        assertThat(as("editor", () -> assignmentService.stateOf(article)).orElseThrow().state())
                .isEqualTo(ArticleState.ASSIGNED);
    }

    @Test
    void a_leads_verdict_on_an_assigned_article_leaves_it_to_the_assignee_to_start() {
        as("lead", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.NO_CLAIM));

        assertThat(as("lead", () -> assignmentService.stateOf(article)).orElseThrow().state())
                .isEqualTo(ArticleState.ASSIGNED);
    }

    @Test
    void verdicts_freeze_on_submit_for_the_editor_and_on_approval_for_everyone() {
        as("editor", () -> reviewService.mark(article,
                s.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM));
        as("editor", () -> {
            assignmentService.submit(article);
            return null;
        });
        assertThatThrownBy(() -> as("editor", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 1)), Verdict.PROMOTIONAL)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Article “" + title(article) + "” is submitted for approval; its verdicts can change again only"
                        + " if a team lead returns it.");
        // A lead checking the submitted review may still correct it.
        as("lead", () -> reviewService.mark(article, List.of(new VerdictChange(s.get(1), 1)), Verdict.PROMOTIONAL));

        as("lead", () -> {
            assignmentService.approve(article);
            return null;
        });
        assertThatThrownBy(() -> as("lead", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 2)), Verdict.NO_CLAIM)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Article “" + title(article) + "” is approved; a team lead must reopen it before its verdicts can change.");
        // The side panel's save (note, evidence) is refused alike, for the lead and the assignee.
        assertThatThrownBy(() -> as("lead", () -> reviewService.save(article, new VerdictChange(s.get(1), 2),
                Verdict.DISPUTED, "Nachträglich geändert.", List.of())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Article “" + title(article) + "” is approved; a team lead must reopen it before its verdicts can change.");
        assertThatThrownBy(() -> as("editor", () -> reviewService.save(article, new VerdictChange(s.get(1), 2),
                Verdict.PROMOTIONAL, "Nachträglich geändert.", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("lead", () -> reviewService.verdictsOf(article)).get(s.get(1)).note()).isNull();
        assertThat(as("lead", () -> reviewService.verdictsOf(article)).get(s.get(1)).verdict())
                .isEqualTo(Verdict.PROMOTIONAL);
    }

    private long historyRows() {
        return jdbc.sql("select count(*) from verdict_history where article_id = ?").param(article.value())
                .query(Long.class).single();
    }

    /** Runs work as the given demo user, then restores this thread's security context. */
    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetailsService, username, work);
    }

    /** The article's title, as the workflow's messages name it. */
    private String title(ArticleId id) {
        return jdbc.sql("select title from article where id = ?").param(id.value()).query(String.class).single();
    }
}
