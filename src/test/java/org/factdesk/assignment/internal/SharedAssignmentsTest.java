package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleAssigned;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedAssignmentsTest {

    private final SharedAssignments shared = new SharedAssignments();

    @Test
    void an_assignment_goes_across_as_article_and_editor() {
        ArticleAssigned event = new ArticleAssigned(new ArticleId(40), new UserId(2));
        assertThat(shared.encode(event)).isEqualTo("40;2");
        assertThat(shared.decode("40;2")).contains(event);
        assertThat(shared.decode("40")).isEmpty();
    }
}
