package org.factdesk.dashboard;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@ExtendWith(RestoreSecurityContextStrategy.class)
class DashboardServiceIT {

    @Autowired
    DashboardService dashboardService;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser(roles = "LEAD")
    void leads_see_every_state_every_verdict_and_every_active_editor() {
        TeamDashboard team = dashboardService.team();
        assertThat(team.articlesByState()).containsOnlyKeys("NEW", "ASSIGNED", "IN_REVIEW", "SUBMITTED", "APPROVED");
        assertThat(team.articlesByState().values().stream().mapToLong(Long::longValue).sum())
                .as("every article has a state").isGreaterThanOrEqualTo(5);
        assertThat(team.verdicts()).containsOnlyKeys(Verdict.values());
        assertThat(team.editors()).extracting(TeamDashboard.EditorLoad::displayName)
                .contains("Eva Editor", "Emil Editor").doesNotContain("Lena Lead", "Adam Admin");
    }

    /**
     * A test class with a context of its own (browser journeys, @RecordApplicationEvents) may have
     * installed its strategy globally; {@link SignedInAs} must sign in where this context looks.
     */
    @BeforeEach
    void signInWhereThisContextLooks() {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** The figures come from three features (users, assignments, reviews): each must reach its editor and verdict. */
    @Test
    void a_review_moves_the_editors_workload_the_states_and_the_verdicts() {
        TeamDashboard before = SignedInAs.call(users, "lead", dashboardService::team);
        String title = "Dashboard " + System.nanoTime();
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(title, "dashboard-it.txt",
                null, title + "\nDer Umsatz stieg um 5 Prozent. Jetzt abonnieren.\n")));
        ReviewedArticles.in(context).review(id, "editor2", ids -> reviews.mark(id,
                ids.stream().map(sentence -> new VerdictChange(sentence, 0)).toList(), Verdict.PROMOTIONAL), false);
        TeamDashboard after = SignedInAs.call(users, "lead", dashboardService::team);

        TeamDashboard.EditorLoad emilBefore = editor(before, "Emil Editor");
        TeamDashboard.EditorLoad emilAfter = editor(after, "Emil Editor");
        assertThat(emilAfter.submitted()).isEqualTo(emilBefore.submitted() + 1);
        assertThat(emilAfter.assigned()).isEqualTo(emilBefore.assigned());
        assertThat(emilAfter.reviewedLast7Days()).isEqualTo(emilBefore.reviewedLast7Days() + 3);
        assertThat(editor(after, "Eva Editor")).isEqualTo(editor(before, "Eva Editor"));
        assertThat(after.articlesByState().get("SUBMITTED")).isEqualTo(before.articlesByState().get("SUBMITTED") + 1);
        assertThat(after.verdicts().get(Verdict.PROMOTIONAL)).isEqualTo(before.verdicts().get(Verdict.PROMOTIONAL) + 3);
        assertThat(after.verdicts().get(Verdict.DISPUTED)).isEqualTo(before.verdicts().get(Verdict.DISPUTED));
    }

    private static TeamDashboard.EditorLoad editor(TeamDashboard team, String displayName) {
        return team.editors().stream().filter(e -> e.displayName().equals(displayName)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_are_refused() {
        assertThatThrownBy(() -> dashboardService.team()).isInstanceOf(AccessDeniedException.class);
    }
}
