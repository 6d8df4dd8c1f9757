package org.factdesk.revision.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.DocumentVersions;
import org.factdesk.revision.ArticleVersion;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/** The version chain as the assistance's look-ups ask for it (callers have checked the role). */
@Component
class JdbcDocumentVersions implements DocumentVersions {

    private final VersionRepository versions;

    JdbcDocumentVersions(VersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Set<ArticleId> allVersionsOf(ArticleId articleId) {
        Set<ArticleId> all = new LinkedHashSet<>();
        all.add(articleId);
        versions.versionsOf(articleId).stream().map(ArticleVersion::articleId).forEach(all::add);
        return all;
    }

    /**
     * Newest: no version names the article as the one it replaced. The unique constraint on
     * {@code previous_article_id} (V16) is the index the probe reads, on H2 and PostgreSQL.
     */
    @Override
    public String newestVersionCondition(String articleIdColumn) {
        return "not exists (select 1 from article_version newer where newer.previous_article_id = "
                + articleIdColumn + ")";
    }
}
