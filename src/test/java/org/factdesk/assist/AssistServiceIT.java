package org.factdesk.assist;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.review.HistoryOrigin;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionState;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictRejectedException;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assistance on a freshly imported article with an editorial part and a stock-tip funnel at its end,
 * assigned to the editor: suggestions are there after the import, accepting sets verdicts with a history
 * that names the suggestion, dismissing records the decision, the dashboard's counts follow.
 */
@IntegrationTest
class AssistServiceIT {

    @Autowired
    ReviewService reviewService;
    @Autowired
    ArticleService articleService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    ArticleId article;
    /** Sentence ids in reading order: s.get(0) is sentence 1. */
    List<Long> s;

    @BeforeEach
    void importArticleWithFunnel() {
        String text = """
                Softwarekonzern meldet Rekordumsatz %s
                Der Konzern steigerte seinen Umsatz im dritten Quartal um 12 Prozent auf 65,6 Milliarden US-Dollar, teilte das Unternehmen am Dienstag mit.
                Analysten hatten laut Bloomberg mit 64,5 Milliarden gerechnet.
                Sollten Anleger jetzt verkaufen? Oder lohnt sich der Einstieg doch noch?
                Aktie: Kaufen oder verkaufen?! In der aktuellen Gratis-Analyse erfahren Sie, was jetzt zu tun ist.
                Hier weiterlesen...
                """.formatted(UUID.randomUUID());
        article = SystemAuthentication.runAsSystem(() -> articleService.add(new NewArticle("Umsatz", "assist-it", null, text)));
        s = SystemAuthentication.runAsSystem(() -> articleService.findText(article).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
        assertThat(s).hasSize(8);
        UserId editor = SignedInAs.user(users, "editor").id();
        SignedInAs.run(users, "lead", () -> assignmentService.assign(List.of(article), editor, null, Priority.NORMAL));
    }

    private Map<Long, Suggestion> suggestions() {
        return reviewService.suggestions(article).stream()
                .collect(Collectors.toMap(Suggestion::sentenceId, Function.identity()));
    }

    private List<Long> promotional() {
        return suggestions().values().stream().filter(x -> x.verdict() == Verdict.PROMOTIONAL)
                .map(Suggestion::sentenceId).sorted().toList();
    }

    @Test
    @WithUserDetails("editor")
    void the_import_leaves_the_funnel_suggested_as_promotional_and_the_report_check_worthy() {
        Map<Long, Suggestion> suggestions = suggestions();

        assertThat(promotional()).containsExactly(s.get(3), s.get(4), s.get(5), s.get(6), s.get(7));
        assertThat(suggestions.get(s.get(7))).satisfies(x -> {
            assertThat(x.detector()).isEqualTo("promotional");
            assertThat(x.reasons()).isNotEmpty();
            assertThat(x.state()).isEqualTo(SuggestionState.OPEN);
            assertThat(x.checkworthiness()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        });
        assertThat(suggestions.get(s.get(1))).satisfies(x -> {
            assertThat(x.verdict()).isNull();
            assertThat(x.checkworthiness()).isGreaterThanOrEqualTo(CheckWorthinessScorer.THRESHOLD);
            assertThat(x.checkworthinessReasons()).isNotEmpty();
        });
    }

    @Test
    @WithUserDetails("editor")
    void accepting_sets_the_suggested_verdicts_in_one_go_and_the_history_names_the_suggestion() {
        List<Long> block = promotional();
        long acceptedBefore = counts().accepted();

        List<SentenceVerdict> changed = reviewService.acceptSuggestions(article,
                block.stream().map(id -> new VerdictChange(id, 0)).toList());

        assertThat(changed).hasSize(block.size()).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.PROMOTIONAL);
            assertThat(v.setByUsername()).isEqualTo("editor");
        });
        assertThat(reviewService.history(new SentenceId(block.getLast()))).singleElement().satisfies(entry -> {
            assertThat(entry.origin()).startsWith("suggestion:promotional:");
            assertThat(HistoryOrigin.parse(entry.origin())).get()
                    .isInstanceOfSatisfying(HistoryOrigin.AcceptedSuggestion.class,
                            origin -> assertThat(origin.reasons()).isEqualTo(suggestions().get(block.getLast()).reasons()));
        });
        assertThat(suggestions().get(block.getFirst()).state()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(counts().accepted()).isEqualTo(acceptedBefore + block.size());
    }

    @Test
    @WithUserDetails("editor")
    void undoing_an_acceptance_opens_the_suggestion_again_and_redoing_accepts_it_again() {
        List<Long> block = promotional();
        SuggestionSource.DecisionCounts before = counts();
        List<SentenceVerdict> accepted = reviewService.acceptSuggestions(article,
                block.stream().map(id -> new VerdictChange(id, 0)).toList());

        List<SentenceVerdict> undone = reviewService.undo(article,
                accepted.stream().map(v -> new VerdictChange(v.sentenceId(), v.version())).toList());

        assertThat(undone).allSatisfy(v -> assertThat(v.verdict()).isNull());
        assertThat(block).allSatisfy(id -> assertThat(suggestions().get(id).state()).isEqualTo(SuggestionState.OPEN));
        assertThat(counts()).as("the dashboard counts them open again, not accepted").isEqualTo(before);

        reviewService.redo(article, undone.stream().map(v -> new VerdictChange(v.sentenceId(), v.version())).toList());

        assertThat(block).allSatisfy(id -> assertThat(suggestions().get(id).state()).isEqualTo(SuggestionState.ACCEPTED));
        assertThat(counts().accepted()).isEqualTo(before.accepted() + block.size());
    }

    @Test
    @WithUserDetails("editor")
    void undoing_a_verdict_set_by_hand_leaves_a_decided_suggestion_as_it_is() {
        reviewService.dismissSuggestions(article, List.of(s.get(7)));
        SentenceVerdict byHand = reviewService.mark(article, List.of(new VerdictChange(s.get(7), 0)), Verdict.NO_CLAIM)
                .getFirst();

        reviewService.undo(article, List.of(new VerdictChange(byHand.sentenceId(), byHand.version())));

        assertThat(suggestions().get(s.get(7)).state()).isEqualTo(SuggestionState.DISMISSED);
    }

    @Test
    @WithUserDetails("editor")
    void accepting_a_sentence_without_an_open_suggestion_refuses_all_and_stores_nothing() {
        List<VerdictChange> changes = List.of(new VerdictChange(s.get(7), 0), new VerdictChange(s.get(1), 0));

        assertThatThrownBy(() -> reviewService.acceptSuggestions(article, changes))
                .isInstanceOfSatisfying(VerdictRejectedException.class,
                        e -> assertThat(e.sentenceOrdinals()).containsExactly(2));

        assertThat(reviewService.verdictsOf(article)).isEmpty();
        assertThat(suggestions().get(s.get(7)).state()).isEqualTo(SuggestionState.OPEN);
    }

    @Test
    @WithUserDetails("editor")
    void dismissing_records_the_decision_and_leaves_the_verdict_alone() {
        long dismissedBefore = counts().dismissed();

        reviewService.dismissSuggestions(article, List.of(s.get(7), s.get(1)));
        reviewService.dismissSuggestions(article, List.of(s.get(7)));

        assertThat(suggestions().get(s.get(7)).state()).isEqualTo(SuggestionState.DISMISSED);
        assertThat(reviewService.verdictsOf(article)).isEmpty();
        assertThat(counts().dismissed()).isEqualTo(dismissedBefore + 1);
        assertThatThrownBy(() -> reviewService.acceptSuggestions(article, List.of(new VerdictChange(s.get(7), 0))))
                .isInstanceOf(VerdictRejectedException.class);
    }

    @Test
    @WithUserDetails("editor2")
    void an_editor_the_article_is_not_assigned_to_may_neither_accept_nor_dismiss() {
        assertThatThrownBy(() -> reviewService.acceptSuggestions(article, List.of(new VerdictChange(s.get(7), 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewService.dismissSuggestions(article, List.of(s.get(7))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void articles_stored_before_the_upgrade_are_assessed_once_at_start() throws Exception {
        jdbc.sql("delete from sentence_assessment where article_id = ?").param(article.value()).update();
        jdbc.sql("delete from article_assessment where article_id = ?").param(article.value()).update();
        ApplicationRunner backfill = context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(r -> r.getClass().getSimpleName().equals("ArticleAnalyses")).findFirst().orElseThrow();
        ApplicationArguments none = new DefaultApplicationArguments();

        backfill.run(none);
        int rows = jdbc.sql("select count(*) from sentence_assessment where article_id = ?").param(article.value())
                .query(Integer.class).single();
        backfill.run(none);

        assertThat(rows).isPositive();
        assertThat(jdbc.sql("select count(*) from sentence_assessment where article_id = ?").param(article.value())
                .query(Integer.class).single()).isEqualTo(rows);
        assertThat(SignedInAs.call(users, "editor", this::promotional)).hasSize(5);
    }

    private SuggestionSource.DecisionCounts counts() {
        return SignedInAs.call(users, "lead", () -> reviewService.suggestionDecisions())
                .getOrDefault("promotional", new SuggestionSource.DecisionCounts(0, 0, 0));
    }
}
