package org.factdesk.article.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Gives articles stored before migration V5 their folded search columns, once (the folding is Java,
 * see {@link SearchFolding}). Nothing to do on every later start but one query.
 */
@Component
@Order(5)
class ArticleSearchIndex implements ApplicationRunner {

    private final ArticleRepository articles;

    ArticleSearchIndex(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> missing;
        while (!(missing = articles.withoutSearchText(100)).isEmpty()) {
            missing.forEach(articles::indexForSearch);
        }
    }
}
