package org.factdesk.review;

import org.factdesk.IntegrationTest;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.IncompleteReviewException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Headings are "no claim" candidates, not sentences waiting for a verdict: by default an unreviewed heading neither
 * blocks submitting nor counts in the progress (reader, My articles, Assignments). See HeadingVerdictsRequiredIT for
 * a team that sets {@code factdesk.review.require-heading-verdicts=true}.
 */
@IntegrationTest
class HeadingVerdictsIT extends HeadingVerdictsFixture {

    @Test
    void a_review_without_verdicts_on_its_headings_can_be_submitted() {
        mark(2, 3);
        assertThatThrownBy(this::submit).isInstanceOf(IncompleteReviewException.class)
                .hasMessage("1 sentence of article “Haushalt” is still unreviewed (sentence 5);"
                        + " give it a verdict before submitting.")
                .satisfies(e -> assertThat(((IncompleteReviewException) e).unreviewed()).isEqualTo(1));

        mark(5);
        submit();
        assertThat(state()).isEqualTo(ArticleState.SUBMITTED);
    }

    @Test
    void the_progress_counts_headings_only_once_they_have_a_verdict() {
        assertThat(progress().totalSentences()).isEqualTo(3);
        assertThat(progress().uncountedHeadings()).isEqualTo(2);
        assertThat(mine().totalSentences()).isEqualTo(3);
        assertThat(listed().totalSentences()).isEqualTo(3);

        mark(1, 2);
        ReviewProgress progress = progress();
        assertThat(progress.reviewed()).isEqualTo(2);
        assertThat(progress.totalSentences()).isEqualTo(4);
        assertThat(progress.uncountedHeadings()).isEqualTo(1);
        assertThat(progress.unreviewed()).isEqualTo(2);
        assertThat(mine().reviewedSentences()).isEqualTo(2);
        assertThat(mine().totalSentences()).isEqualTo(4);
        assertThat(listed().totalSentences()).isEqualTo(4);
    }
}
