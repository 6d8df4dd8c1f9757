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

/**
 * After the upgrade that brought the figure index, indexes once the articles stored before it (each in
 * its own transaction). Runs after the seed import at every start; once all are indexed it only reads
 * the list.
 */
@Component
@Order(110)
class FigureIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FigureIndexBackfill.class);
    private static final int PAGE = 200;

    private final ArticleService articles;
    private final FigureIndex index;

    FigureIndexBackfill(ArticleService articles, FigureIndex index) {
        this.articles = articles;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            int indexed = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleListItem> page = articles.list(offset, PAGE);
                for (ArticleListItem item : page) {
                    if (index.index(item.id())) {
                        indexed++;
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (indexed > 0) {
                log.info("Indexed the figures of {} article(s) stored before the figure index existed", indexed);
            }
            return indexed;
        });
    }
}
