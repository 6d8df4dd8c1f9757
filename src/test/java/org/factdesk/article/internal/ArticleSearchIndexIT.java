package org.factdesk.article.internal;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleSql;
import org.factdesk.article.NewArticle;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles stored before V5 (no search columns yet) become searchable at the next start. */
@IntegrationTest
class ArticleSearchIndexIT {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleSearchIndex index;
    @Autowired
    JdbcClient jdbc;

    private long found(String search) {
        ArticleSql.Condition matching = ArticleSql.matching("r", search, "q");
        return jdbc.sql("select count(*) from " + ArticleSql.table("r") + " where " + matching.sql())
                .params(matching.params()).query(Long.class).single();
    }

    @Test
    void an_article_without_search_columns_gets_them_once() {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Alt " + token,
                "alt.txt", null, "Vor dem Update gespeichert: Grüße aus Köln " + token + ".\n")));
        jdbc.sql("update article set search_meta = null, search_body = null, title_key = null where id = ?")
                .param(id.value()).update();
        assertThat(found("koln " + token)).isZero();

        index.run(new DefaultApplicationArguments());

        assertThat(found("koln " + token)).isEqualTo(1);
        assertThat(found("GRUESSE " + token)).isEqualTo(1);
        assertThat(jdbc.sql("select title_key from article where id = ?").param(id.value()).query(String.class)
                .single()).isEqualTo("alt " + token);
    }
}
