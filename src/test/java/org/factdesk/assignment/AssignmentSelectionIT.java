package org.factdesk.assignment;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules behind the lead's toolbar (issue 16): a past due date and taking articles from another editor
 * are confirmed first; a step on a mixed selection does what applies and names the rest by title; the
 * review queue's counts; an editor's open work handed over on deactivation.
 */
@IntegrationTest
class AssignmentSelectionIT {

    @Autowired
    AssignmentService assignmentService;
    @Autowired
    ArticleService articleService;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    FactDeskUser erika;
    FactDeskUser otto;

    @BeforeEach
    void freshEditors() {
        erika = newEditor("Erika Example");
        otto = newEditor("Otto Other");
    }

    @Test
    void a_past_due_date_is_refused_until_the_lead_confirms_it() {
        ArticleId article = importArticle();
        LocalDate yesterday = LocalDate.now().minusDays(1);

        AssignmentNeedsConfirmationException question = catchThrowableOfType(AssignmentNeedsConfirmationException.class,
                () -> asLead(() -> assignmentService.assignSelection(List.of(article), erika.id(), yesterday,
                        Priority.NORMAL, Set.of())));

        assertThat(question.needed()).containsExactly(AssignConfirmation.PAST_DUE);
        assertThat(question.userMessage().english()).startsWith("The due date ").endsWith(" has already passed. Keep it?");
        assertThat(stateOf(article)).as("nothing changed").isEqualTo(ArticleState.NEW);

        BulkOutcome outcome = asLead(() -> assignmentService.assignSelection(List.of(article), erika.id(), yesterday,
                Priority.NORMAL, Set.of(AssignConfirmation.PAST_DUE)));
        assertThat(outcome.doneTitles()).containsExactly(title(article));
        assertThat(assignment(article).dueDate()).isEqualTo(yesterday);
        // Today and later need no confirmation.
        ArticleId other = importArticle();
        asLead(() -> assignmentService.assignSelection(List.of(other), erika.id(), LocalDate.now(), Priority.NORMAL,
                Set.of()));
        assertThat(stateOf(other)).isEqualTo(ArticleState.ASSIGNED);
    }

    @Test
    void reassigning_says_which_articles_move_from_whom_and_waits_for_confirmation() {
        ArticleId erikas = importArticle();
        ArticleId fresh = importArticle();
        asLead(() -> assignmentService.assign(List.of(erikas), erika.id(), null, Priority.NORMAL));

        AssignmentNeedsConfirmationException question = catchThrowableOfType(AssignmentNeedsConfirmationException.class,
                () -> asLead(() -> assignmentService.assignSelection(List.of(erikas, fresh), otto.id(), null,
                        Priority.HIGH, Set.of())));

        assertThat(question.needed()).containsExactly(AssignConfirmation.REASSIGN);
        assertThat(question.reassignments()).containsExactly(
                new AssignmentNeedsConfirmationException.Reassignment(title(erikas), "Erika Example"));
        assertThat(question.userMessage().english()).isEqualTo("Already assigned: “" + title(erikas)
                + "” to Erika Example. Give them to Otto Other instead?");
        assertThat(question.userMessage().in(Locale.GERMAN)).isEqualTo("Bereits zugewiesen: „" + title(erikas)
                + "“ an Erika Example. Stattdessen Otto Other zuweisen?");
        assertThat(question.userMessage().english()).doesNotContain(Long.toString(erikas.value()));
        assertThat(assignment(erikas).assignee().userId()).as("nothing changed").isEqualTo(erika.userId());
        assertThat(stateOf(fresh)).isEqualTo(ArticleState.NEW);

        asLead(() -> assignmentService.assignSelection(List.of(erikas, fresh), otto.id(), null, Priority.HIGH,
                Set.of(AssignConfirmation.REASSIGN)));
        assertThat(assignment(erikas).assignee().userId()).isEqualTo(otto.userId());
        assertThat(assignment(fresh).assignee().userId()).isEqualTo(otto.userId());
        // Assigning again to the same editor moves nothing, so it does not ask.
        asLead(() -> assignmentService.assignSelection(List.of(erikas), otto.id(), null, Priority.LOW, Set.of()));
        assertThat(assignment(erikas).priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void both_questions_are_asked_at_once() {
        ArticleId erikas = importArticle();
        asLead(() -> assignmentService.assign(List.of(erikas), erika.id(), null, Priority.NORMAL));

        AssignmentNeedsConfirmationException question = catchThrowableOfType(AssignmentNeedsConfirmationException.class,
                () -> asLead(() -> assignmentService.assignSelection(List.of(erikas), otto.id(),
                        LocalDate.now().minusDays(3), Priority.NORMAL, Set.of(AssignConfirmation.PAST_DUE))));
        assertThat(question.needed()).as("what was confirmed is not asked again")
                .containsExactly(AssignConfirmation.REASSIGN);

        question = catchThrowableOfType(AssignmentNeedsConfirmationException.class,
                () -> asLead(() -> assignmentService.assignSelection(List.of(erikas), otto.id(),
                        LocalDate.now().minusDays(3), Priority.NORMAL, Set.of())));
        assertThat(question.needed()).containsExactlyInAnyOrder(AssignConfirmation.REASSIGN, AssignConfirmation.PAST_DUE);
        assertThat(question.userMessage().english()).contains("Already assigned:").contains("has already passed");
    }

    @Test
    void a_mixed_selection_does_what_applies_and_names_the_skipped_articles_by_title() {
        ArticleId submitted = importArticle();
        ArticleId fresh = importArticle();
        ArticleId approved = importArticle();
        review(submitted, false);
        review(approved, true);

        BulkOutcome outcome = asLead(() -> assignmentService.approveSelection(List.of(submitted, fresh, approved)));

        assertThat(stateOf(submitted)).isEqualTo(ArticleState.APPROVED);
        assertThat(stateOf(fresh)).isEqualTo(ArticleState.NEW);
        assertThat(outcome.doneTitles()).containsExactly(title(submitted));
        assertThat(outcome.skipped()).hasSize(2);
        String message = outcome.message().english();
        assertThat(message).startsWith("Approved 1 review(s). Skipped, as only submitted reviews can be approved: ")
                .contains("“" + title(fresh) + "” (new)")
                .contains("“" + title(approved) + "” (approved)");
        assertThat(message).doesNotContain(Long.toString(fresh.value()));
        assertThat(outcome.message().in(Locale.GERMAN)).contains("„" + title(fresh) + "“ (neu)");
    }

    @Test
    void a_selection_the_step_applies_to_nowhere_changes_nothing_and_says_why_by_title() {
        ArticleId fresh = importArticle();
        ArticleId assigned = importArticle();
        asLead(() -> assignmentService.assign(List.of(assigned), erika.id(), null, Priority.NORMAL));

        assertThatThrownBy(() -> asLead(() -> assignmentService.reopenSelection(List.of(fresh, assigned), "Nochmal.")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Skipped, as only approved reviews can be reopened: “" + title(fresh) + "” (new), “"
                        + title(assigned) + "” (assigned).");

        BulkOutcome unassigned = asLead(() -> assignmentService.unassignSelection(List.of(fresh, assigned)));
        assertThat(unassigned.message().english()).isEqualTo("Unassigned 1 article(s). Skipped, as only articles"
                + " assigned or in review can be unassigned: “" + title(fresh) + "” (new).");
        assertThat(stateOf(assigned)).isEqualTo(ArticleState.NEW);
    }

    @Test
    void assigning_a_mixed_selection_skips_submitted_reviews_by_title() {
        ArticleId submitted = importArticle();
        ArticleId fresh = importArticle();
        review(submitted, false);

        BulkOutcome outcome = asLead(() -> assignmentService.assignSelection(List.of(submitted, fresh), otto.id(),
                null, Priority.NORMAL, EnumSet.allOf(AssignConfirmation.class)));

        assertThat(outcome.doneTitles()).containsExactly(title(fresh));
        assertThat(outcome.message().english()).contains("“" + title(submitted) + "” (submitted)");
        assertThat(assignment(submitted).assignee().userId()).isEqualTo(erika.userId());
    }

    @Test
    void workflow_refusals_name_the_article_by_title() {
        ArticleId fresh = importArticle();

        assertThatThrownBy(() -> asLead(() -> assignmentService.unassign(fresh)))
                .hasMessage("Article “" + title(fresh) + "” is not assigned to anyone.");
    }

    @Test
    void the_queue_shows_when_a_review_was_submitted_and_its_verified_and_disputed_sentences() {
        ArticleId article = importArticle();
        ReviewedArticles.in(context).review(article, erika.username(), sentences -> {
            reviewService.save(article, new VerdictChange(sentences.get(0), 0), Verdict.DISPUTED, "Falsche Zahl.",
                    List.of());
            reviewService.mark(article, sentences.subList(1, sentences.size()).stream()
                    .map(s -> new VerdictChange(s, 0)).toList(), Verdict.NO_CLAIM);
        }, false);

        QueueItem item = asLead(() -> assignmentService.queue()).stream()
                .filter(q -> q.id().equals(article)).findFirst().orElseThrow();

        assertThat(item.title()).isEqualTo(title(article));
        assertThat(item.assignee().displayName()).isEqualTo("Erika Example");
        assertThat(item.submittedAt()).isNotNull();
        assertThat(item.disputed()).isEqualTo(1);
        assertThat(item.verified()).isZero();
        assertThat(item.reviewedSentences()).isEqualTo(item.totalSentences());
    }

    @Test
    void deactivating_an_editor_can_hand_their_open_articles_to_a_colleague() {
        ArticleId assigned = importArticle();
        ArticleId inReview = importArticle();
        ArticleId submitted = importArticle();
        asLead(() -> assignmentService.assign(List.of(assigned, inReview), erika.id(), LocalDate.now().plusDays(2),
                Priority.HIGH));
        SignedInAs.run(userDetailsService, erika.username(), () -> reviewService.mark(inReview,
                List.of(new VerdictChange(ReviewedArticles.in(context).sentenceIds(inReview).getFirst(), 0)),
                Verdict.NO_CLAIM));
        review(submitted, false);

        List<String> open = as("admin", () -> userService.openArticleTitles(erika.id()));
        assertThat(open).containsExactlyInAnyOrder(title(assigned), title(inReview));

        int moved = as("admin", () -> userService.deactivateHandingOver(erika.id(), otto.id()));

        assertThat(moved).isEqualTo(2);
        assertThat(assignment(assigned).assignee().userId()).isEqualTo(otto.userId());
        assertThat(assignment(inReview).state()).as("state kept").isEqualTo(ArticleState.IN_REVIEW);
        assertThat(assignment(inReview).priority()).isEqualTo(Priority.HIGH);
        assertThat(assignment(submitted).assignee().userId()).as("submitted work stays").isEqualTo(erika.userId());
        assertThat(SystemAuthentication.runAsSystem(() -> userService.findActive(erika.userId()))).isEmpty();
    }

    @Test
    void a_refused_hand_over_deactivates_nobody() {
        ArticleId assigned = importArticle();
        asLead(() -> assignmentService.assign(List.of(assigned), erika.id(), null, Priority.NORMAL));

        assertThatThrownBy(() -> as("admin", () -> userService.deactivateHandingOver(erika.id(), erika.id())))
                .hasMessage("The articles cannot be handed over to the person who is leaving.");
        assertThat(SystemAuthentication.runAsSystem(() -> userService.findActive(erika.userId()))).isPresent();
        assertThat(assignment(assigned).assignee().userId()).isEqualTo(erika.userId());
    }

    // --- fixtures -------------------------------------------------------------------------------

    private FactDeskUser newEditor(String displayName) {
        String username = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> userService.create(new NewUser(username, displayName, AppRoles.EDITOR,
                "secret-" + username)));
        return SignedInAs.user(userDetailsService, username);
    }

    private ArticleId importArticle() {
        String text = """
                Auswahlbericht %s
                Der Umsatz stieg im Jahr 2024 um 5 Prozent. Die Firma beschäftigt 300 Menschen in Berlin.
                Der Vorstand trifft sich am Montag. Es regnete.
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        return SystemAuthentication.runAsSystem(() -> articleService.add(
                new NewArticle("Auswahlbericht", "selection-it", null, text)));
    }

    /** Erika reviews the article (every sentence "no claim") and submits; the lead approves if asked. */
    private void review(ArticleId id, boolean approve) {
        ReviewedArticles.in(context).review(id, erika.username(), sentences -> reviewService.mark(id,
                sentences.stream().map(s -> new VerdictChange(s, 0)).toList(), Verdict.NO_CLAIM), approve);
    }

    private Assignment assignment(ArticleId id) {
        return as("lead", () -> assignmentService.stateOf(id)).orElseThrow();
    }

    private ArticleState stateOf(ArticleId id) {
        return assignment(id).state();
    }

    private String title(ArticleId id) {
        return jdbc.sql("select title from article where id = ?").param(id.value()).query(String.class).single();
    }

    private void asLead(Runnable work) {
        SignedInAs.run(userDetailsService, "lead", work);
    }

    private <T> T asLead(Callable<T> work) {
        return as("lead", work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetailsService, username, work);
    }
}
