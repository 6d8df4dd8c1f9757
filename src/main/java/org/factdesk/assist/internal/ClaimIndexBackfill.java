package org.factdesk.assist.internal;

import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * After the upgrade that brought the repeated-claim index, indexes once the articles stored before it
 * (each in its own transaction). Runs after the seed import, at every start; once all are indexed it only
 * reads the list, a page of ids per query.
 */
@Component
@Order(110)
class ClaimIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndexBackfill.class);
    private static final int PAGE = 500;

    private final ArticleService articles;
    private final ClaimIndex index;
    private final ClaimKeyRepository keys;

    ClaimIndexBackfill(ArticleService articles, ClaimIndex index, ClaimKeyRepository keys) {
        this.articles = articles;
        this.index = index;
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            int indexed = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleListItem> page = articles.list(offset, PAGE);
                Set<Long> done = keys.indexed(page.stream().map(item -> item.id().value()).toList());
                for (ArticleListItem item : page) {
                    if (!done.contains(item.id().value()) && index.index(item.id())) {
                        indexed++;
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (indexed > 0) {
                log.info("Indexed the claims of {} article(s) stored before the repeated-claim index existed", indexed);
            }
            return indexed;
        });
    }
}
