package org.factdesk.revision;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.MyArticle;
import org.factdesk.assignment.NotReviewableException;
import org.factdesk.assignment.Transition;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.common.InvalidInputException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictRejectedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow step and the carrying of a new version, on the real services (H2 + Flyway). */
@IntegrationTest
class RevisionServiceIT {

    @Autowired
    RevisionService revisions;
    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String editor;
    String marker;

    @BeforeEach
    void freshEditor() {
        editor = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        marker = UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> users.create(new NewUser(editor, "Rita Revision", AppRoles.EDITOR,
                "secret-" + editor + "-pw")));
    }

    /** Sentence 1 heading, 2-7 the body; the marker keeps each test's text its own. */
    private List<String> original() {
        return List.of("Radwege für Freiburg " + marker,
                "Die Stadt Freiburg plant bis 2030 neue Radwege entlang der Dreisam.",
                "Nach Angaben der Verwaltung nutzen 27 Prozent der Pendler bereits das Fahrrad.",
                "Die Kosten sollen sich auf rund zwölf Millionen Euro beluafen.",
                "Kritiker bemängeln, dass die Anwohner nicht ausreichend beteiligt wurden.",
                "Der Gemeinderat will im Frühjahr über das Vorhaben abstimmen.",
                "Die Opposition fordert eine unabhängige Prüfung der Verkehrsdaten.");
    }

    @Test
    void an_approved_article_goes_back_in_review_with_its_verdicts_carried() {
        ArticleId v1 = importArticle(String.join("\n", original()));
        List<Long> old = ReviewedArticles.in(context).sentenceIds(v1);
        ReviewedArticles.in(context).review(v1, editor, ids -> {
            reviews.mark(v1, ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM);
            reviews.save(v1, new VerdictChange(ids.get(2), 1), Verdict.VERIFIED, "Laut Verkehrsbericht.",
                    List.of(new EvidenceItem("https://example.org/bericht", "27 Prozent", LocalDate.now())));
        }, true);
        assertThat(stateOf(v1)).isEqualTo(ArticleState.APPROVED);

        // figure changed (3), typo fixed (4), sentence 6 removed, a sentence inserted after 5
        List<String> edited = List.of(original().get(0), original().get(1),
                "Nach Angaben der Verwaltung nutzen 32 Prozent der Pendler bereits das Fahrrad.",
                "Die Kosten sollen sich auf rund zwölf Millionen Euro belaufen.",
                original().get(4),
                "Auch der Radentscheid begrüßt den Vorstoß ausdrücklich.",
                original().get(6));
        RevisionResult result = asLead(() -> revisions.importNewVersion(v1, "fassung-2.txt",
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null)));
        ArticleId v2 = result.article();

        assertThat(result.number()).isEqualTo(2);
        assertThat(result.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(result.count(CarryKind.UNCHANGED)).isEqualTo(4);
        assertThat(result.count(CarryKind.CHANGED)).isEqualTo(1);
        assertThat(result.count(CarryKind.SUBSTANCE)).isEqualTo(1);
        assertThat(result.count(CarryKind.REMOVED)).isEqualTo(1);
        assertThat(result.count(CarryKind.NEW)).isEqualTo(1);

        // the workflow: v2 in review for the same editor, who sees why; v1 superseded and frozen
        assertThat(stateOf(v2)).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(asLead(() -> assignments.stateOf(v2)).orElseThrow().assignee().username()).isEqualTo(editor);
        Transition revised = asLead(() -> assignments.transitions(v2)).getFirst();
        assertThat(revised.action()).isEqualTo(TransitionAction.REVISED);
        assertThat(revised.comment()).contains("Version 2", "replaces article " + v1.value(), "1 changed in substance");
        assertThat(asLead(() -> assignments.stateOf(v1)).orElseThrow().supersededBy()).isEqualTo(v2);
        List<MyArticle> mine = as(editor, () -> assignments.myArticles());
        assertThat(mine).extracting(MyArticle::id).contains(v2).doesNotContain(v1);
        assertThat(mine.stream().filter(a -> a.id().equals(v2)).findFirst().orElseThrow().returnComment())
                .contains("Version 2");
        assertThatThrownBy(() -> asLead(() -> reviews.mark(v1, List.of(new VerdictChange(old.get(0), 1)),
                Verdict.VERIFIED))).isInstanceOf(NotReviewableException.class);

        // the review: carried where unchanged and changed, not where the figure changed or the sentence is new
        List<Long> fresh = ReviewedArticles.in(context).sentenceIds(v2);
        Map<Long, SentenceVerdict> verdicts = asLead(() -> reviews.verdictsOf(v2));
        assertThat(verdicts.keySet()).containsExactlyInAnyOrder(fresh.get(0), fresh.get(1), fresh.get(3),
                fresh.get(4), fresh.get(6));
        assertThat(verdicts.values()).allMatch(v -> v.verdict() == Verdict.NO_CLAIM && v.setByUsername().equals(editor));
        Map<Long, CarriedSentence> carried = asLead(() -> revisions.carried(v2));
        assertThat(carried.get(fresh.get(1)).kind()).isEqualTo(CarryKind.UNCHANGED);
        assertThat(carried.get(fresh.get(3)).kind()).isEqualTo(CarryKind.CHANGED);
        assertThat(carried.get(fresh.get(3)).toConfirm()).isTrue();
        assertThat(carried.get(fresh.get(2)).kind()).isEqualTo(CarryKind.SUBSTANCE);
        assertThat(carried.get(fresh.get(2)).fromSentenceIds()).containsExactly(old.get(2));
        assertThat(carried.get(fresh.get(2)).differences()).containsExactly("figure: 27 → 32");
        assertThat(carried).doesNotContainKey(fresh.get(5));
        // the substance sentence's previous review stays readable in version 1, evidence and all
        SentenceVerdict previous = asLead(() -> reviews.verdictsOf(v1)).get(old.get(2));
        assertThat(previous.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(previous.evidence()).extracting(EvidenceItem::url).containsExactly("https://example.org/bericht");
        // the removed sentence keeps its verdict in version 1
        assertThat(asLead(() -> reviews.verdictsOf(v1)).get(old.get(5)).verdict()).isEqualTo(Verdict.NO_CLAIM);

        // an unchanged sentence keeps its history: the carrying, then version 1's changes
        List<HistoryEntry> history = asLead(() -> reviews.history(new org.factdesk.article.SentenceId(fresh.get(1))));
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().origin()).isEqualTo("carried:" + old.get(1) + ":unchanged");
        assertThat(history.getLast().byUsername()).isEqualTo(editor);
        assertThat(history.getFirst().version()).isEqualTo(verdicts.get(fresh.get(1)).version());
        assertThat(asLead(() -> reviews.historyOf(v2)).get(fresh.get(3))).hasSize(2);

        assertThat(asLead(() -> revisions.versions(v2))).extracting(ArticleVersion::articleId).containsExactly(v1, v2);
        assertThat(asLead(() -> revisions.versions(v1))).extracting(ArticleVersion::number).containsExactly(1, 2);
        assertThat(asLead(() -> revisions.version(v1)).orElseThrow().next()).isEqualTo(v2);
    }

    @Test
    void carried_evidence_and_notes_stay_with_an_unchanged_sentence() {
        ArticleId v1 = importArticle(String.join("\n", original()));
        List<Long> old = ReviewedArticles.in(context).sentenceIds(v1);
        asLead(() -> reviews.save(v1, new VerdictChange(old.get(4), 0), Verdict.DISPUTED, "Die Anwohner wurden befragt.",
                List.of(new EvidenceItem("https://example.org/umfrage", null, LocalDate.now()))));
        List<String> edited = new java.util.ArrayList<>(original());
        edited.add("Ein neuer Satz zum Schluss über den Zeitplan.");
        RevisionResult result = asLead(() -> revisions.importNewVersion(v1, null,
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null)));
        List<Long> fresh = ReviewedArticles.in(context).sentenceIds(result.article());
        SentenceVerdict carried = asLead(() -> reviews.verdictsOf(result.article())).get(fresh.get(4));
        assertThat(carried.verdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(carried.note()).isEqualTo("Die Anwohner wurden befragt.");
        assertThat(carried.evidence()).extracting(EvidenceItem::url).containsExactly("https://example.org/umfrage");
        String snapshot = jdbc.sql("select evidence_snapshot from verdict_history where sentence_id = ?")
                .param(fresh.get(4)).query(String.class).single();
        assertThat(snapshot).contains("https://example.org/umfrage");
        assertThat(result.verdictsCarried()).isEqualTo(1);
        assertThat(result.state()).isEqualTo(ArticleState.NEW); // nobody was assigned
        assertThat(asLead(() -> articles.findText(result.article())).orElseThrow().title())
                .isEqualTo("Radwege " + marker); // the old title: the new text named none
    }

    @Test
    void the_assignee_confirms_a_carried_verdict_once() {
        ArticleId v1 = importArticle(String.join("\n", original()));
        ReviewedArticles.in(context).review(v1, editor, ids ->
                reviews.mark(v1, ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM), false);
        assertThat(stateOf(v1)).isEqualTo(ArticleState.SUBMITTED);
        List<String> edited = new java.util.ArrayList<>(original());
        edited.set(3, "Die Kosten sollen sich auf rund zwölf Millionen Euro belaufen.");
        RevisionResult result = asLead(() -> revisions.importNewVersion(v1, null,
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null)));
        ArticleId v2 = result.article();
        assertThat(result.state()).isEqualTo(ArticleState.IN_REVIEW);
        List<Long> fresh = ReviewedArticles.in(context).sentenceIds(v2);

        String other = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> users.create(new NewUser(other, "Otto Other", AppRoles.EDITOR,
                "secret-" + other + "-pw")));
        assertThatThrownBy(() -> as(other, () -> revisions.confirmCarried(v2, List.of(fresh.get(3)))))
                .isInstanceOf(NotReviewableException.class);
        assertThatThrownBy(() -> as(editor, () -> revisions.confirmCarried(v2, List.of(fresh.get(1), fresh.get(3)))))
                .isInstanceOf(VerdictRejectedException.class).hasMessageContaining("2");
        assertThat(as(editor, () -> revisions.confirmCarried(v2, List.of(fresh.get(3))))).isEqualTo(1);
        CarriedSentence confirmed = asLead(() -> revisions.carried(v2)).get(fresh.get(3));
        assertThat(confirmed.toConfirm()).isFalse();
        assertThat(confirmed.confirmedBy()).isEqualTo("Rita Revision");
        assertThatThrownBy(() -> as(editor, () -> revisions.confirmCarried(v2, List.of(fresh.get(3)))))
                .isInstanceOf(VerdictRejectedException.class);
    }

    @Test
    void only_leads_import_and_only_into_the_newest_version_of_a_changed_text() {
        ArticleId v1 = importArticle(String.join("\n", original()));
        ReadArticle same = new ReadArticle(String.join("\n", original()), ArticleMetadata.NONE, null);
        assertThatThrownBy(() -> as(editor, () -> revisions.importNewVersion(v1, null, same)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asLead(() -> revisions.importNewVersion(v1, null, same)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key()).isEqualTo("revision.error.sameText"));
        assertThatThrownBy(() -> asLead(() -> revisions.importNewVersion(new ArticleId(987_654_321L), null, same)))
                .isInstanceOf(InvalidInputException.class);
        List<String> edited = new java.util.ArrayList<>(original());
        edited.remove(6);
        asLead(() -> revisions.importNewVersion(v1, null,
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null)));
        edited.remove(5);
        assertThatThrownBy(() -> asLead(() -> revisions.importNewVersion(v1, null,
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key())
                        .isEqualTo("assignment.error.superseded"));
    }

    private ArticleId importArticle(String text) {
        return SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Radwege " + marker, "revision-it",
                null, text)));
    }

    private ArticleState stateOf(ArticleId id) {
        return asLead(() -> assignments.stateOf(id)).orElseThrow().state();
    }

    private <T> T asLead(Callable<T> work) {
        return SignedInAs.call(userDetails, "lead", work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetails, username, work);
    }
}
