package org.factdesk.review;

import org.factdesk.IntegrationTest;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.IncompleteReviewException;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team that requires verdicts on headings: every sentence counts and needs one before submitting. */
@IntegrationTest
@TestPropertySource(properties = "factdesk.review.require-heading-verdicts=true")
class HeadingVerdictsRequiredIT extends HeadingVerdictsFixture {

    @Test
    void every_heading_needs_a_verdict_before_submitting() {
        mark(2, 3, 5);
        assertThatThrownBy(this::submit).isInstanceOf(IncompleteReviewException.class)
                .hasMessage("2 sentences of article “Haushalt” are still unreviewed, the first is sentence 1;"
                        + " give every sentence a verdict before submitting.");

        mark(1, 4);
        submit();
        assertThat(state()).isEqualTo(ArticleState.SUBMITTED);
    }

    @Test
    void the_progress_counts_every_sentence() {
        assertThat(progress().totalSentences()).isEqualTo(5);
        assertThat(progress().uncountedHeadings()).isZero();
        assertThat(mine().totalSentences()).isEqualTo(5);
        assertThat(listed().totalSentences()).isEqualTo(5);
    }
}
