package org.factdesk.review;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undo, redo and "restore this version" (ADR 0027): each a new change in the append-only history, refused
 * when someone changed the sentence since, and only ever on one's own changes for undo.
 */
@IntegrationTest
class ReviewUndoRestoreIT {

    @Autowired
    ReviewService reviewService;
    @Autowired
    ArticleService articleService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService users;

    ArticleId article;
    List<Long> s;

    @BeforeEach
    void importFreshArticle() {
        String text = """
                Rückgängig %s
                Der Umsatz stieg im Jahr 2024 um 5 Prozent. Die Firma beschäftigt 300 Menschen in Berlin.
                Das ist das beste Produkt aller Zeiten.
                """.formatted(UUID.randomUUID());
        article = SystemAuthentication.runAsSystem(() -> articleService.add(
                new NewArticle("Rückgängig", "undo-it", null, text)));
        s = SystemAuthentication.runAsSystem(() -> articleService.findText(article).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
        UserId editorId = SignedInAs.user(users, "editor").id();
        SignedInAs.run(users, "lead", () ->
                assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
    }

    @Test
    @WithUserDetails("editor")
    void undo_of_a_range_sets_the_verdicts_back_as_new_changes_and_redo_sets_them_again() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
        List<SentenceVerdict> marked = reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 1), new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);

        List<SentenceVerdict> undone = reviewService.undo(article, changes(marked));

        assertThat(undone).extracting(SentenceVerdict::verdict).containsExactly(Verdict.PROMOTIONAL, null);
        assertThat(undone).extracting(SentenceVerdict::version).containsExactly(3, 2);
        HistoryEntry undoEntry = reviewService.history(new SentenceId(s.get(1))).getFirst();
        assertThat(undoEntry.version()).isEqualTo(3);
        assertThat(undoEntry.from()).isEqualTo(Verdict.NO_CLAIM);
        assertThat(undoEntry.to()).isEqualTo(Verdict.PROMOTIONAL);
        assertThat(HistoryOrigin.parse(undoEntry.origin())).contains(new HistoryOrigin.Undone(2));
        assertThat(reviewService.history(new SentenceId(s.get(1)))).hasSize(3); // append-only: nothing removed

        List<SentenceVerdict> redone = reviewService.redo(article, changes(undone));

        assertThat(redone).extracting(SentenceVerdict::verdict).containsOnly(Verdict.NO_CLAIM);
        assertThat(HistoryOrigin.parse(reviewService.history(new SentenceId(s.get(2))).getFirst().origin()))
                .contains(new HistoryOrigin.Redone(2));
    }

    @Test
    @WithUserDetails("editor")
    void undo_is_refused_as_a_whole_when_a_colleague_changed_a_sentence_since() {
        List<SentenceVerdict> marked = reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0), new VerdictChange(s.get(2), 0)), Verdict.NO_CLAIM);
        SignedInAs.run(users, "lead", () -> reviewService.save(article, new VerdictChange(s.get(2), 1),
                Verdict.DISPUTED, "Es sind 280.", List.of()));

        assertThatThrownBy(() -> reviewService.undo(article, changes(marked)))
                .isInstanceOf(VerdictConflictException.class)
                .hasMessageContaining("Sentence 3 was changed by Lena Lead");

        assertThat(reviewService.verdictsOfSentences(s.subList(1, 3)).values())
                .extracting(SentenceVerdict::verdict).containsExactlyInAnyOrder(Verdict.NO_CLAIM, Verdict.DISPUTED);
    }

    @Test
    @WithUserDetails("editor")
    void undo_never_takes_back_a_colleagues_change() {
        SentenceVerdict theirs = SignedInAs.call(users, "lead", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL).getFirst());

        assertThatThrownBy(() -> reviewService.undo(article, List.of(new VerdictChange(s.get(1), theirs.version()))))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessageContaining("only your own changes can be undone");
        assertThat(reviewService.verdictsOfSentences(List.of(s.get(1))).get(s.get(1)).verdict())
                .isEqualTo(Verdict.PROMOTIONAL);
    }

    @Test
    @WithUserDetails("editor")
    void undo_of_a_panel_save_sets_note_and_evidence_back() {
        EvidenceItem first = new EvidenceItem("https://example.org/a", "Zitat A", LocalDate.of(2025, 1, 2));
        reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED, "Laut Bericht.", List.of(first));
        SentenceVerdict second = reviewService.save(article, new VerdictChange(s.get(1), 1), Verdict.DISPUTED,
                "Doch falsch.", List.of(new EvidenceItem("https://example.org/b", null, LocalDate.of(2025, 2, 3))));

        SentenceVerdict undone = reviewService.undo(article, changes(List.of(second))).getFirst();

        assertThat(undone.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(undone.note()).isEqualTo("Laut Bericht.");
        assertThat(undone.evidence()).containsExactly(first);
    }

    @Test
    @WithUserDetails("editor")
    void restore_sets_an_earlier_verdict_note_and_evidence_back_as_a_new_change() {
        EvidenceItem source = new EvidenceItem("https://example.org/a", "Zitat A", LocalDate.of(2025, 1, 2));
        reviewService.save(article, new VerdictChange(s.get(1), 0), Verdict.VERIFIED, "Laut Bericht.", List.of(source));
        reviewService.save(article, new VerdictChange(s.get(1), 1), Verdict.DISPUTED, "Falsch.", List.of());
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 2)), Verdict.NO_CLAIM);

        SentenceVerdict restored = reviewService.restore(article, new VerdictChange(s.get(1), 3), 1);

        assertThat(restored.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(restored.note()).isEqualTo("Laut Bericht.");
        assertThat(restored.evidence()).containsExactly(source);
        assertThat(restored.version()).isEqualTo(4);
        HistoryEntry entry = reviewService.history(new SentenceId(s.get(1))).getFirst();
        assertThat(HistoryOrigin.parse(entry.origin())).contains(new HistoryOrigin.Restored(1));
        assertThat(entry.from()).isEqualTo(Verdict.NO_CLAIM);
        assertThat(entry.evidenceSummary()).isEqualTo("https://example.org/a");
    }

    @Test
    @WithUserDetails("editor")
    void restore_is_refused_when_someone_changed_the_sentence_since_the_version_seen() {
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
        reviewService.mark(article, List.of(new VerdictChange(s.get(1), 1)), Verdict.NO_CLAIM);
        SignedInAs.run(users, "lead", () -> reviewService.mark(article,
                List.of(new VerdictChange(s.get(1), 2)), Verdict.PROMOTIONAL));

        assertThatThrownBy(() -> reviewService.restore(article, new VerdictChange(s.get(1), 2), 1))
                .isInstanceOf(VerdictConflictException.class);
        assertThat(reviewService.verdictsOfSentences(List.of(s.get(1))).get(s.get(1)).verdict())
                .isEqualTo(Verdict.PROMOTIONAL);
    }

    @Test
    @WithUserDetails("editor2")
    void restore_needs_the_right_to_change_the_article() {
        SignedInAs.run(users, "editor", () -> {
            reviewService.mark(article, List.of(new VerdictChange(s.get(1), 0)), Verdict.PROMOTIONAL);
            reviewService.mark(article, List.of(new VerdictChange(s.get(1), 1)), Verdict.NO_CLAIM);
        });

        assertThatThrownBy(() -> reviewService.restore(article, new VerdictChange(s.get(1), 2), 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static List<VerdictChange> changes(List<SentenceVerdict> stored) {
        return stored.stream().map(v -> new VerdictChange(v.sentenceId(), v.version())).toList();
    }
}
