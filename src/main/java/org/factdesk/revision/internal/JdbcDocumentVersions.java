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
}
