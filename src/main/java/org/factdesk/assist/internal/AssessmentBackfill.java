package org.factdesk.assist.internal;

import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.assist.AssistService;
import org.factdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * After an upgrade, assesses once the articles stored before assist existed (each in its own
 * transaction, so a large archive is not one long lock). Runs after the seed import, at every start;
 * once all are assessed it only reads the list.
 */
@Component
@Order(100)
class AssessmentBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentBackfill.class);
    private static final int PAGE = 200;

    private final ArticleService articles;
    private final AssistService assist;

    AssessmentBackfill(ArticleService articles, AssistService assist) {
        this.articles = articles;
        this.assist = assist;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            int assessed = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleListItem> page = articles.list(offset, PAGE);
                for (ArticleListItem item : page) {
                    if (assist.assess(item.id())) {
                        assessed++;
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (assessed > 0) {
                log.info("Assessed {} article(s) stored before the assistance existed", assessed);
            }
            return assessed;
        });
    }
}
