package org.factdesk.article.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Gives articles stored before migration V4 their duplicate fingerprint, once (SQL cannot compute
 * it portably). Nothing to do on every later start but one query.
 */
@Component
@Order(5)
class ArticleFingerprints implements ApplicationRunner {

    private final ArticleRepository articles;

    ArticleFingerprints(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<Long, String> missing;
        while (!(missing = articles.withoutFingerprint(200)).isEmpty()) {
            missing.forEach((id, text) -> articles.setFingerprint(id, ContentHash.fingerprint(text)));
        }
    }
}
