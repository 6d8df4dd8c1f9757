package org.factdesk.importing;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.importing.internal.ArticleTitles;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Brings article text into FactDesk; each article is stored in its own transaction. */
@Service
public class ImportService {

    private final ArticleService articleService;

    ImportService(ArticleService articleService) {
        this.articleService = articleService;
    }

    /**
     * Imports plain text (one paragraph, heading or bullet item per line), titled by its first
     * line. Importing the same text again returns the article already stored.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId importText(String sourceName, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'" + sourceName + "' has no text.");
        }
        return articleService.add(new NewArticle(ArticleTitles.fromFirstLine(text), sourceName, null, text));
    }
}
