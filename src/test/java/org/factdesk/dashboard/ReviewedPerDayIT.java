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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's chart: distinct sentences given a verdict per day, the last 30 days, in the viewer's zone. */
@IntegrationTest
@ExtendWith(RestoreSecurityContextStrategy.class)
class ReviewedPerDayIT {

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

    @BeforeEach
    void signInWhereThisContextLooks() {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Test
    void every_one_of_the_last_30_days_is_there_and_today_counts_each_sentence_once() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<DashboardService.DayCount> before = SignedInAs.call(users, "lead", () -> dashboardService.reviewedPerDay(zone));
        String title = "Chart " + System.nanoTime();
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(title, "chart-it.txt",
                null, title + "\nDer Umsatz stieg um 5 Prozent. Die Firma hat 300 Leute. Es regnete.\n")));
        // Four sentences (title included) marked, then two of them changed again: still four sentences today.
        ReviewedArticles.in(context).review(id, "editor2", ids -> {
            reviews.mark(id, ids.stream().map(sentence -> new VerdictChange(sentence, 0)).toList(), Verdict.NO_CLAIM);
            reviews.mark(id, ids.subList(0, 2).stream().map(sentence -> new VerdictChange(sentence, 1)).toList(),
                    Verdict.PROMOTIONAL);
        }, false);
        int sentences = ReviewedArticles.in(context).sentenceIds(id).size();

        List<DashboardService.DayCount> after = SignedInAs.call(users, "lead", () -> dashboardService.reviewedPerDay(zone));

        LocalDate today = LocalDate.now(zone);
        assertThat(after).hasSize(30);
        assertThat(after.getLast().day()).isEqualTo(today);
        assertThat(after.getFirst().day()).isEqualTo(today.minusDays(29));
        assertThat(after.getLast().sentences()).isEqualTo(before.getLast().sentences() + sentences);
        assertThat(after.subList(0, 29)).isEqualTo(before.subList(0, 29));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editors_are_refused() {
        assertThatThrownBy(() -> dashboardService.reviewedPerDay(ZoneId.of("UTC"))).isInstanceOf(AccessDeniedException.class);
    }
}
