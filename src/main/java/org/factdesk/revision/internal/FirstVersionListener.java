package org.factdesk.revision.internal;

import org.factdesk.article.ArticleImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Every imported article is version 1 of itself until a new version attaches it to another (ADR 0029).
 * A plain listener: the row is written in the import's transaction, so no article is without one.
 */
@Component
class FirstVersionListener {

    private final VersionRepository versions;

    FirstVersionListener(VersionRepository versions) {
        this.versions = versions;
    }

    @EventListener
    void on(ArticleImported event) {
        versions.insertFirst(event.articleId(), Instant.now());
    }
}
