package org.factdesk.assignment;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each test works on freshly imported articles and fresh editor accounts, so tests never see each
 * other's assignments. "lead" (Lena Lead) and "admin" are the demo accounts.
 */
@IntegrationTest
@RecordApplicationEvents
class AssignmentServiceIT {

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
    ApplicationEvents applicationEvents;
    @Autowired
    ApplicationContext context;

    /** Fresh editors: Erika is the usual assignee, Otto is another editor. */
    FactDeskUser erika;
    FactDeskUser otto;
    ArticleId article;

    @BeforeEach
    void freshEditorsAndArticle() {
        erika = newEditor("Erika Example");
        otto = newEditor("Otto Other");
        article = importArticle();
    }

    // --- import ---------------------------------------------------------------------------------

    @Test
    void an_imported_article_starts_new_without_assignee() {
        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();

        assertThat(state.state()).isEqualTo(ArticleState.NEW);
        assertThat(state.assignee()).isNull();
        assertThat(state.dueDate()).isNull();
        assertThat(state.priority()).isEqualTo(Priority.NORMAL);
        assertThat(state.seenByAssignee()).isFalse();
        assertThat(state.returnComment()).isNull();
        assertThat(as("lead", () -> assignmentService.transitions(article))).isEmpty();
        long withoutRow = jdbc.sql("""
                select count(*) from article r where not exists
                (select 1 from article_assignment a where a.article_id = r.id)""").query(Long.class).single();
        assertThat(withoutRow).as("articles without an assignment row").isZero();
    }

    // --- assign ---------------------------------------------------------------------------------

    @Test
    void assigning_records_who_assigned_whom_and_announces_it() {
        LocalDate due = LocalDate.now().plusDays(3);
        asLead(() -> assignmentService.assign(List.of(article), erika.id(), due, Priority.HIGH));

        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(state.state()).isEqualTo(ArticleState.ASSIGNED);
        assertThat(state.assignee()).isEqualTo(new Assignee(erika.userId(), erika.username(), "Erika Example"));
        assertThat(state.dueDate()).isEqualTo(due);
        assertThat(state.priority()).isEqualTo(Priority.HIGH);
        assertThat(as("lead", () -> assignmentService.transitions(article))).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(ArticleState.NEW);
            assertThat(t.to()).isEqualTo(ArticleState.ASSIGNED);
            assertThat(t.action()).isEqualTo(TransitionAction.ASSIGNED);
            assertThat(t.assigneeDisplayName()).isEqualTo("Erika Example");
            assertThat(t.byUsername()).isEqualTo("lead");
            assertThat(t.byDisplayName()).isEqualTo("Lena Lead");
            assertThat(t.comment()).isNull();
            assertThat(t.at()).isNotNull();
        });
        assertThat(applicationEvents.stream(ArticleAssigned.class))
                .containsExactly(new ArticleAssigned(article, erika.id()));
        assertThat(applicationEvents.stream(ArticleStateChanged.class))
                .containsExactly(new ArticleStateChanged(article, ArticleState.NEW, ArticleState.ASSIGNED));
    }

    @Test
    void reassigning_an_article_in_review_keeps_its_state_and_is_new_to_the_next_editor() {
        assign(erika, article);
        markAll(erika, article, 1);
        as(erika, () -> assignmentService.markSeen(article));

        asLead(() -> assignmentService.assign(List.of(article), otto.id(), null, Priority.URGENT));

        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(state.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(state.assignee().displayName()).isEqualTo("Otto Other");
        assertThat(state.seenByAssignee()).isFalse();
        assertThat(as("lead", () -> assignmentService.transitions(article)))
                .extracting(Transition::action, Transition::from, Transition::to, Transition::assigneeDisplayName)
                .containsExactly(
                        tuple(TransitionAction.REASSIGNED, ArticleState.IN_REVIEW, ArticleState.IN_REVIEW, "Otto Other"),
                        tuple(TransitionAction.STARTED, ArticleState.ASSIGNED, ArticleState.IN_REVIEW, "Erika Example"),
                        tuple(TransitionAction.ASSIGNED, ArticleState.NEW, ArticleState.ASSIGNED, "Erika Example"));
        assertThat(as(otto, () -> assignmentService.myArticles())).singleElement()
                .satisfies(mine -> assertThat(mine.isNew()).isTrue());
        assertThat(as(erika, () -> assignmentService.myArticles())).isEmpty();
    }

    @Test
    void assigning_to_the_current_assignee_only_updates_due_date_and_priority() {
        assign(erika, article);
        LocalDate due = LocalDate.now().plusDays(1);

        asLead(() -> assignmentService.assign(List.of(article), erika.id(), due, Priority.URGENT));

        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(state.state()).isEqualTo(ArticleState.ASSIGNED);
        assertThat(state.dueDate()).isEqualTo(due);
        assertThat(state.priority()).isEqualTo(Priority.URGENT);
        assertThat(as("lead", () -> assignmentService.transitions(article))).hasSize(1);
    }

    @Test
    void bulk_assignment_is_one_transaction_one_unknown_article_assigns_nothing() {
        ArticleId second = importArticle();

        assertThatThrownBy(() -> asLead(() -> assignmentService.assign(
                List.of(article, new ArticleId(987_654_321L), second), erika.id(), null, Priority.NORMAL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No article with number 987654321; nothing was assigned.");

        assertThat(stateOf(article)).isEqualTo(ArticleState.NEW);
        assertThat(stateOf(second)).isEqualTo(ArticleState.NEW);
        assertThat(as("lead", () -> assignmentService.transitions(article))).isEmpty();
        assertThat(applicationEvents.stream(ArticleAssigned.class)).isEmpty();
    }

    @Test
    void bulk_assignment_with_one_submitted_article_assigns_nothing() {
        ArticleId submitted = importArticle();
        ArticleId fresh = importArticle();
        assign(erika, submitted);
        markAll(erika, submitted, Integer.MAX_VALUE);
        as(erika, () -> assignmentService.submit(submitted));

        assertThatThrownBy(() -> asLead(() -> assignmentService.assign(List.of(fresh, submitted), otto.id(),
                null, Priority.NORMAL)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Cannot assign: article “" + title(submitted) + "” is submitted. Return a submitted review or"
                        + " reopen an approved one first.");

        assertThat(stateOf(fresh)).isEqualTo(ArticleState.NEW);
        assertThat(stateOf(submitted)).isEqualTo(ArticleState.SUBMITTED);
    }

    @Test
    void assign_refuses_approved_articles() {
        approvedBy(erika, article);

        assertThatThrownBy(() -> asLead(() -> assignmentService.assign(List.of(article), otto.id(), null,
                Priority.NORMAL)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("article “" + title(article) + "” is approved");
        assertThat(as("lead", () -> assignmentService.stateOf(article)).orElseThrow().assignee().displayName())
                .isEqualTo("Erika Example");
    }

    @Test
    void only_active_editors_can_be_assigned() {
        UserId leadId = SignedInAs.user(userDetailsService, "lead").id();

        assertThatThrownBy(() -> asLead(() -> assignmentService.assign(List.of(article), leadId, null,
                Priority.NORMAL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("User " + leadId + " is not an active editor; only editors can be assigned articles.");
        assertThat(stateOf(article)).isEqualTo(ArticleState.NEW);
    }

    // --- unassign -------------------------------------------------------------------------------

    @Test
    void unassigning_makes_the_article_new_again() {
        assign(erika, article);

        asLead(() -> assignmentService.unassign(article));

        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(state.state()).isEqualTo(ArticleState.NEW);
        assertThat(state.assignee()).isNull();
        assertThat(as("lead", () -> assignmentService.transitions(article)).getFirst())
                .extracting(Transition::action, Transition::from, Transition::to, Transition::assigneeDisplayName)
                .containsExactly(TransitionAction.UNASSIGNED, ArticleState.ASSIGNED, ArticleState.NEW, null);
        assertThatThrownBy(() -> asLead(() -> assignmentService.unassign(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is not assigned to anyone.");
    }

    @Test
    void unassigning_a_returned_article_drops_the_comment_meant_for_its_editor() {
        submittedBy(erika, article);
        asLead(() -> assignmentService.returnForRework(article, "Quellen fehlen."));

        asLead(() -> assignmentService.unassign(article));

        Assignment state = as("lead", () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(state.state()).isEqualTo(ArticleState.NEW);
        assertThat(state.returnComment()).isNull();
        assertThat(as(erika, () -> assignmentService.myArticles())).isEmpty();
    }

    @Test
    void a_submitted_article_cannot_be_unassigned() {
        submittedBy(erika, article);

        assertThatThrownBy(() -> asLead(() -> assignmentService.unassign(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is submitted; only an article still being reviewed can be"
                        + " unassigned.");
    }

    // --- submit ---------------------------------------------------------------------------------

    @Test
    void submitting_with_unreviewed_sentences_names_how_many_and_the_first() {
        assign(erika, article);
        List<Long> sentences = sentenceIds(article);
        // Sentences 1, 2 and 4 reviewed: 3 and 5, 6 are left.
        as(erika, () -> reviewService.mark(article, List.of(new VerdictChange(sentences.get(0), 0),
                new VerdictChange(sentences.get(1), 0), new VerdictChange(sentences.get(3), 0)), Verdict.NO_CLAIM));

        assertThatThrownBy(() -> as(erika, () -> assignmentService.submit(article)))
                .isInstanceOf(IncompleteReviewException.class)
                .hasMessage("3 sentences of article “" + title(article) + "” are still unreviewed, the first is sentence 3;"
                        + " give every sentence a verdict before submitting.")
                .satisfies(e -> {
                    IncompleteReviewException incomplete = (IncompleteReviewException) e;
                    assertThat(incomplete.unreviewed()).isEqualTo(3);
                    assertThat(incomplete.firstUnreviewedOrdinal()).isEqualTo(3);
                    assertThat(incomplete.firstUnreviewedSentenceId()).isEqualTo(sentences.get(2));
                });
        assertThat(stateOf(article)).isEqualTo(ArticleState.IN_REVIEW);

        as(erika, () -> reviewService.mark(article, List.of(new VerdictChange(sentences.get(2), 0),
                new VerdictChange(sentences.get(4), 0)), Verdict.NO_CLAIM));
        assertThatThrownBy(() -> as(erika, () -> assignmentService.submit(article)))
                .isInstanceOf(IncompleteReviewException.class)
                .hasMessage("1 sentence of article “" + title(article) + "” is still unreviewed (sentence 6);"
                        + " give it a verdict before submitting.");
    }

    @Test
    void a_cleared_verdict_counts_as_unreviewed() {
        assign(erika, article);
        markAll(erika, article, Integer.MAX_VALUE);
        // Sentence 2, a paragraph's: sentence 1 is the heading, which needs no verdict (HeadingVerdictsIT).
        long second = sentenceIds(article).get(1);
        as(erika, () -> reviewService.mark(article, List.of(new VerdictChange(second, 1)), null));

        assertThatThrownBy(() -> as(erika, () -> assignmentService.submit(article)))
                .isInstanceOf(IncompleteReviewException.class)
                .satisfies(e -> assertThat(((IncompleteReviewException) e).firstUnreviewedOrdinal()).isEqualTo(2));
    }

    @Test
    void only_the_assignee_can_submit() {
        assign(erika, article);
        markAll(erika, article, Integer.MAX_VALUE);

        assertThatThrownBy(() -> as(otto, () -> assignmentService.submit(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is assigned to Erika Example, not to you.");
        assertThatThrownBy(() -> as("lead", () -> assignmentService.submit(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is assigned to Erika Example, not to you.");
        ArticleId unassigned = importArticle();
        assertThatThrownBy(() -> as(erika, () -> assignmentService.submit(unassigned)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(unassigned) + "” is not assigned to you.");
        assertThat(stateOf(article)).isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void a_fully_reviewed_assigned_article_can_be_submitted_and_only_once() {
        assign(erika, article);
        markAllAs("lead", article); // the lead reviewed it all: the article is still ASSIGNED

        as(erika, () -> assignmentService.submit(article));

        assertThat(stateOf(article)).isEqualTo(ArticleState.SUBMITTED);
        assertThatThrownBy(() -> as(erika, () -> assignmentService.submit(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is already submitted.");
    }

    // --- approve, return, reopen ----------------------------------------------------------------

    @Test
    void the_whole_cycle_is_recorded_with_who_from_to_and_comment() {
        submittedBy(erika, article);
        asLead(() -> assignmentService.returnForRework(article, "  Satz 3 braucht eine Quelle.  "));

        Assignment returned = as(erika, () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(returned.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(returned.returnComment()).isEqualTo("Satz 3 braucht eine Quelle.");
        assertThat(as(erika, () -> assignmentService.myArticles())).singleElement().satisfies(mine -> {
            assertThat(mine.returnComment()).isEqualTo("Satz 3 braucht eine Quelle.");
            assertThat(mine.isNew()).as("a returned article is new to its editor again").isTrue();
        });

        as(erika, () -> assignmentService.submit(article));
        assertThat(as(erika, () -> assignmentService.stateOf(article)).orElseThrow().returnComment()).isNull();
        as("admin", () -> assignmentService.approve(article));
        assertThat(stateOf(article)).isEqualTo(ArticleState.APPROVED);
        asLead(() -> assignmentService.reopen(article, "Leserhinweis zu Satz 2."));

        Assignment reopened = as(erika, () -> assignmentService.stateOf(article)).orElseThrow();
        assertThat(reopened.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(reopened.returnComment()).isEqualTo("Leserhinweis zu Satz 2.");
        assertThat(as(erika, () -> assignmentService.transitions(article)))
                .extracting(Transition::action, Transition::from, Transition::to, Transition::byUsername,
                        Transition::comment)
                .containsExactly(
                        tuple(TransitionAction.REOPENED, ArticleState.APPROVED, ArticleState.IN_REVIEW, "lead",
                                "Leserhinweis zu Satz 2."),
                        tuple(TransitionAction.APPROVED, ArticleState.SUBMITTED, ArticleState.APPROVED, "admin", null),
                        tuple(TransitionAction.SUBMITTED, ArticleState.IN_REVIEW, ArticleState.SUBMITTED,
                                erika.username(), null),
                        tuple(TransitionAction.RETURNED, ArticleState.SUBMITTED, ArticleState.IN_REVIEW, "lead",
                                "Satz 3 braucht eine Quelle."),
                        tuple(TransitionAction.SUBMITTED, ArticleState.IN_REVIEW, ArticleState.SUBMITTED,
                                erika.username(), null),
                        tuple(TransitionAction.STARTED, ArticleState.ASSIGNED, ArticleState.IN_REVIEW,
                                erika.username(), null),
                        tuple(TransitionAction.ASSIGNED, ArticleState.NEW, ArticleState.ASSIGNED, "lead", null));
        assertThat(applicationEvents.stream(ArticleStateChanged.class)).contains(
                new ArticleStateChanged(article, ArticleState.SUBMITTED, ArticleState.APPROVED),
                new ArticleStateChanged(article, ArticleState.APPROVED, ArticleState.IN_REVIEW));
    }

    @Test
    void approve_return_and_reopen_need_a_team_lead() {
        submittedBy(erika, article);

        assertThatThrownBy(() -> as(erika, () -> assignmentService.approve(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Only a team lead can approve a review.");
        assertThatThrownBy(() -> as(erika, () -> assignmentService.returnForRework(article, "Nein.")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Only a team lead can return a review for rework.");
        asLead(() -> assignmentService.approve(article));
        assertThatThrownBy(() -> as(erika, () -> assignmentService.reopen(article, "Doch nicht.")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Only a team lead can reopen a review.");
        assertThat(stateOf(article)).isEqualTo(ArticleState.APPROVED);
    }

    @Test
    void return_and_reopen_need_a_comment() {
        submittedBy(erika, article);

        for (String blank : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> asLead(() -> assignmentService.returnForRework(article, blank)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A comment is required: say what needs rework for the editor.");
        }
        assertThatThrownBy(() -> asLead(() -> assignmentService.returnForRework(article, "x".repeat(4001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The comment has 4001 characters; at most 4000 are allowed.");
        asLead(() -> assignmentService.approve(article));
        assertThatThrownBy(() -> asLead(() -> assignmentService.reopen(article, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A comment is required: say why the review is reopened for the editor.");
        assertThat(stateOf(article)).isEqualTo(ArticleState.APPROVED);
    }

    @Test
    void approve_return_and_reopen_need_the_right_state() {
        assign(erika, article);

        assertThatThrownBy(() -> asLead(() -> assignmentService.approve(article)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is assigned; a review can be approved only when it is submitted.");
        assertThatThrownBy(() -> asLead(() -> assignmentService.returnForRework(article, "Mehr Quellen.")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is assigned; a review can be returned for rework only when it is submitted.");
        assertThatThrownBy(() -> asLead(() -> assignmentService.reopen(article, "Nochmal.")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Article “" + title(article) + "” is assigned; a review can be reopened only when it is approved.");
        assertThat(as("lead", () -> assignmentService.transitions(article))).hasSize(1);
    }

    // --- mayReview ------------------------------------------------------------------------------

    @Test
    void who_may_review_follows_assignment_and_state() {
        FactDeskUser lead = SignedInAs.user(userDetailsService, "lead");
        FactDeskUser admin = SignedInAs.user(userDetailsService, "admin");
        record Expectation(boolean erika, boolean otto, boolean lead, boolean admin) {
        }
        Map<ArticleState, Expectation> expected = Map.of(
                ArticleState.NEW, new Expectation(false, false, true, true),
                ArticleState.ASSIGNED, new Expectation(true, false, true, true),
                ArticleState.IN_REVIEW, new Expectation(true, false, true, true),
                ArticleState.SUBMITTED, new Expectation(false, false, true, true),
                ArticleState.APPROVED, new Expectation(false, false, false, false));

        for (ArticleState state : ArticleState.values()) {
            ArticleId inState = articleIn(state);
            Expectation e = expected.get(state);
            assertThat(as(erika, () -> assignmentService.mayReview(inState, erika))).as("assignee, %s", state)
                    .isEqualTo(e.erika());
            assertThat(as(erika, () -> assignmentService.mayReview(inState, otto))).as("other editor, %s", state)
                    .isEqualTo(e.otto());
            assertThat(as(erika, () -> assignmentService.mayReview(inState, lead))).as("lead, %s", state)
                    .isEqualTo(e.lead());
            assertThat(as(erika, () -> assignmentService.mayReview(inState, admin))).as("admin, %s", state)
                    .isEqualTo(e.admin());
        }
        assertThat(as(erika, () -> assignmentService.mayReview(new ArticleId(987_654_321L), lead))).isFalse();
    }

    // --- my articles, list ----------------------------------------------------------------------

    @Test
    void my_articles_are_ordered_by_due_date_with_progress_and_new_until_opened() {
        ArticleId later = importArticle();
        ArticleId undated = importArticle();
        ArticleId soon = importArticle();
        ArticleId done = importArticle();
        LocalDate today = LocalDate.now();
        asLead(() -> {
            assignmentService.assign(List.of(later), erika.id(), today.plusDays(5), Priority.LOW);
            assignmentService.assign(List.of(undated), erika.id(), null, Priority.URGENT);
            assignmentService.assign(List.of(soon), erika.id(), today.plusDays(1), Priority.NORMAL);
            assignmentService.assign(List.of(article), otto.id(), today, Priority.NORMAL);
        });
        approvedBy(erika, done);
        markAll(erika, soon, 2);
        as(erika, () -> assignmentService.markSeen(soon));
        as(otto, () -> assignmentService.markSeen(later)); // not Otto's: changes nothing

        List<MyArticle> mine = as(erika, () -> assignmentService.myArticles());

        assertThat(mine).extracting(MyArticle::id).containsExactly(soon, later, undated);
        MyArticle first = mine.getFirst();
        assertThat(first.title()).startsWith("Prüfbericht");
        assertThat(first.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(first.dueDate()).isEqualTo(today.plusDays(1));
        assertThat(first.reviewedSentences()).isEqualTo(2);
        assertThat(first.totalSentences()).isEqualTo(6);
        assertThat(first.isNew()).isFalse();
        assertThat(mine.get(1).isNew()).isTrue();
        assertThat(mine.get(2).priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void the_grid_filters_by_state_assignee_and_overdue_and_counts_reviewed_sentences() {
        ArticleId overdue = importArticle();
        ArticleId submittedLate = importArticle();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        asLead(() -> {
            assignmentService.assign(List.of(article), erika.id(), LocalDate.now().plusDays(2), Priority.NORMAL);
            assignmentService.assign(List.of(overdue), erika.id(), yesterday, Priority.HIGH);
            assignmentService.assign(List.of(submittedLate), erika.id(), yesterday, Priority.NORMAL);
        });
        markAll(erika, submittedLate, Integer.MAX_VALUE);
        as(erika, () -> assignmentService.submit(submittedLate));
        markAll(erika, article, 4);

        AssignmentFilter erikas = new AssignmentFilter(null, erika.id(), false);
        List<AssignmentListItem> items = as("lead", () -> assignmentService.list(erikas, 0, 10));
        assertThat(items).extracting(AssignmentListItem::id).containsExactly(overdue, submittedLate, article);
        assertThat(as("lead", () -> assignmentService.count(erikas))).isEqualTo(3);
        AssignmentListItem inReview = items.get(2);
        assertThat(inReview.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(inReview.assignee().displayName()).isEqualTo("Erika Example");
        assertThat(inReview.reviewedSentences()).isEqualTo(4);
        assertThat(inReview.totalSentences()).isEqualTo(6);
        assertThat(items.get(1).reviewedSentences()).isEqualTo(6);
        assertThat(items.get(0).isOverdue(LocalDate.now())).isTrue();
        assertThat(items.get(1).isOverdue(LocalDate.now())).as("submitted is never overdue").isFalse();

        AssignmentFilter erikasOverdue = new AssignmentFilter(null, erika.id(), true);
        assertThat(as("lead", () -> assignmentService.list(erikasOverdue, 0, 10)))
                .extracting(AssignmentListItem::id).containsExactly(overdue);
        assertThat(as("admin", () -> assignmentService.count(erikasOverdue))).isEqualTo(1);
        AssignmentFilter erikasSubmitted = new AssignmentFilter(ArticleState.SUBMITTED, erika.id(), false);
        assertThat(as("lead", () -> assignmentService.list(erikasSubmitted, 0, 10)))
                .extracting(AssignmentListItem::id).containsExactly(submittedLate);
        assertThat(as("lead", () -> assignmentService.list(erikas, 1, 1)))
                .extracting(AssignmentListItem::id).containsExactly(submittedLate);
        long all = as("lead", () -> assignmentService.count(null));
        // every article's newest version (an older version is listed as its newer one, ADR 0029)
        long articles = jdbc.sql("""
                select count(*) from article r join article_assignment a on a.article_id = r.id
                where a.superseded_by is null""").query(Long.class).single();
        assertThat(all).isEqualTo(articles);
    }

    // --- access ---------------------------------------------------------------------------------

    @Test
    void anonymous_callers_are_refused_everywhere() {
        FactDeskUser lead = SignedInAs.user(userDetailsService, "lead");
        for (Executable call : everyMethod(lead)) {
            assertThatThrownBy(call::execute).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    @Test
    @WithMockUser(roles = "GUEST")
    void users_without_a_factdesk_role_are_refused_the_workflow() {
        FactDeskUser lead = SignedInAs.user(userDetailsService, "lead");
        List<Executable> calls = everyMethod(lead);
        // stateOf, transitions, mayReview and markSeen (the last four) only need a signed-in user.
        for (Executable call : calls.subList(0, calls.size() - 4)) {
            assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void editors_cannot_use_the_team_leads_methods() {
        assign(erika, article);

        assertThatThrownBy(() -> as(erika, () -> assignmentService.assign(List.of(article), otto.id(), null,
                Priority.NORMAL)))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("Only a team lead can assign articles.");
        assertThatThrownBy(() -> as(erika, () -> assignmentService.unassign(article)))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("Only a team lead can unassign articles.");
        assertThatThrownBy(() -> as(erika, () -> assignmentService.list(AssignmentFilter.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(erika, () -> assignmentService.count(AssignmentFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        // ...but everything a signed-in user may read.
        assertThat(as(erika, () -> assignmentService.stateOf(article))).isPresent();
        assertThat(as(erika, () -> assignmentService.transitions(article))).hasSize(1);
    }

    @Test
    void leads_and_admins_run_the_workflow() {
        as("admin", () -> assignmentService.assign(List.of(article), erika.id(), null, Priority.LOW));
        as("lead", () -> assignmentService.unassign(article));

        assertThat(as("admin", () -> assignmentService.transitions(article)))
                .extracting(Transition::byUsername).containsExactly("lead", "admin");
        assertThat(as("admin", () -> assignmentService.list(AssignmentFilter.all(), 0, 1))).hasSize(1);
    }

    @Test
    void the_system_principal_reads_but_cannot_change_the_workflow() {
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> {
            assignmentService.assign(List.of(article), erika.id(), null, Priority.NORMAL);
            return null;
        }))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a signed-in FactDesk user can change the workflow; 'system' has no user account"
                        + " to record it under.");
        assertThat(SystemAuthentication.runAsSystem(() -> assignmentService.count(AssignmentFilter.all())))
                .isPositive();
        assertThat(stateOf(article)).isEqualTo(ArticleState.NEW);
    }

    /** Every public method, lead-only ones first; the last four need only a signed-in user. */
    private List<Executable> everyMethod(FactDeskUser someone) {
        return List.of(
                () -> assignmentService.assign(List.of(article), erika.id(), null, Priority.NORMAL),
                () -> assignmentService.unassign(article),
                () -> assignmentService.approve(article),
                () -> assignmentService.returnForRework(article, "Bitte nacharbeiten."),
                () -> assignmentService.reopen(article, "Bitte nochmal."),
                () -> assignmentService.list(AssignmentFilter.all(), 0, 10),
                () -> assignmentService.count(AssignmentFilter.all()),
                () -> assignmentService.submit(article),
                () -> assignmentService.myArticles(),
                () -> assignmentService.stateOf(article),
                () -> assignmentService.transitions(article),
                () -> assignmentService.mayReview(article, someone),
                () -> assignmentService.markSeen(article));
    }

    // --- fixtures -------------------------------------------------------------------------------

    private FactDeskUser newEditor(String displayName) {
        String username = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> userService.create(new NewUser(username, displayName, AppRoles.EDITOR,
                "secret-" + username)));
        return SignedInAs.user(userDetailsService, username);
    }

    /** A fresh six-sentence article, NEW. */
    private ArticleId importArticle() {
        String text = """
                Prüfbericht %s
                Der Umsatz stieg im Jahr 2024 um 5 Prozent. Die Firma beschäftigt 300 Menschen in Berlin.
                Das ist das beste Produkt aller Zeiten. Der Vorstand trifft sich am Montag. Es regnete.
                """.formatted(UUID.randomUUID());
        return SystemAuthentication.runAsSystem(() -> articleService.add(
                new NewArticle("Prüfbericht", "assignment-it", null, text)));
    }

    private List<Long> sentenceIds(ArticleId id) {
        return SystemAuthentication.runAsSystem(() -> articleService.findText(id).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private void assign(FactDeskUser editor, ArticleId id) {
        asLead(() -> assignmentService.assign(List.of(id), editor.id(), null, Priority.NORMAL));
    }

    /** The editor marks the first {@code count} sentences (or all) "no claim", which needs no note. */
    private void markAll(FactDeskUser editor, ArticleId id, int count) {
        List<VerdictChange> changes = sentenceIds(id).stream().limit(count).map(s -> new VerdictChange(s, 0)).toList();
        as(editor, () -> reviewService.mark(id, changes, Verdict.NO_CLAIM));
    }

    private void markAllAs(String username, ArticleId id) {
        List<VerdictChange> changes = sentenceIds(id).stream().map(s -> new VerdictChange(s, 0)).toList();
        as(username, () -> reviewService.mark(id, changes, Verdict.NO_CLAIM));
    }

    private void submittedBy(FactDeskUser editor, ArticleId id) {
        reviewedBy(editor, id, false);
    }

    private void approvedBy(FactDeskUser editor, ArticleId id) {
        reviewedBy(editor, id, true);
    }

    /** The lead assigns the article to the editor, who marks every sentence "no claim" and submits. */
    private void reviewedBy(FactDeskUser editor, ArticleId id, boolean approve) {
        ReviewedArticles.in(context).review(id, editor.username(), sentences -> reviewService.mark(id,
                sentences.stream().map(s -> new VerdictChange(s, 0)).toList(), Verdict.NO_CLAIM), approve);
    }

    /** A fresh article brought into the state, assigned to Erika unless NEW. */
    private ArticleId articleIn(ArticleState state) {
        ArticleId id = importArticle();
        switch (state) {
            case NEW -> {
            }
            case ASSIGNED -> assign(erika, id);
            case IN_REVIEW -> {
                assign(erika, id);
                markAll(erika, id, 1);
            }
            case SUBMITTED -> submittedBy(erika, id);
            case APPROVED -> approvedBy(erika, id);
        }
        assertThat(stateOf(id)).isEqualTo(state);
        return id;
    }

    private ArticleState stateOf(ArticleId id) {
        return as("lead", () -> assignmentService.stateOf(id)).orElseThrow().state();
    }

    private void asLead(Runnable work) {
        SignedInAs.run(userDetailsService, "lead", work);
    }

    private void as(String username, Runnable work) {
        SignedInAs.run(userDetailsService, username, work);
    }

    private void as(FactDeskUser user, Runnable work) {
        SignedInAs.run(userDetailsService, user.username(), work);
    }

    private <T> T as(String username, java.util.concurrent.Callable<T> work) {
        return SignedInAs.call(userDetailsService, username, work);
    }

    private <T> T as(FactDeskUser user, java.util.concurrent.Callable<T> work) {
        return SignedInAs.call(userDetailsService, user.username(), work);
    }

    /** The article's title, as the workflow's messages name it. */
    private String title(ArticleId id) {
        return jdbc.sql("select title from article where id = ?").param(id.value()).query(String.class).single();
    }
}
