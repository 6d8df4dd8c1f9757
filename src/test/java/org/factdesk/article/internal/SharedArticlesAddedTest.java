package org.factdesk.article.internal;

import org.factdesk.article.ArticleAdded;
import org.factdesk.article.ArticleId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new article goes to the other nodes as its id only (ADR 0038); they read the title from the row. */
class SharedArticlesAddedTest {

    private final SharedArticlesAdded shared = new SharedArticlesAdded(null);

    @Test
    void a_new_article_is_sent_as_its_id() {
        assertThat(shared.encode(new ArticleAdded(new ArticleId(31), "Ein Titel; mit | Zeichen"))).isEqualTo("31");
    }

    @Test
    void a_payload_that_is_no_id_shows_nothing() {
        assertThat(shared.decode("31;x")).isEmpty();
        assertThat(shared.decode("")).isEmpty();
    }
}
