package org.factdesk.importing;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.importing.internal.ArticleTitles;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Brings article text into FactDesk: pasted text, or a file in any format of the {@link ArticleFormats}
 * registry. Each article is stored in its own transaction.
 */
@Service
public class ImportService {

    private final ArticleService articleService;
    private final ArticleFormats formats;

    ImportService(ArticleService articleService, ArticleFormats formats) {
        this.articleService = articleService;
        this.formats = formats;
    }

    /**
     * Imports a file, read by the format its name (else its media type, which may be null) points
     * to; titled by the file's own title or its first line. Importing the same text again returns the
     * article already stored.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId importFile(String fileName, String mediaType, byte[] content) {
        ReadHints hints = new ReadHints(fileName, mediaType);
        ArticleFormat format = formats.find(hints).orElseThrow(() -> new IllegalArgumentException("'" + fileName
                + "' is not a file FactDesk reads (." + String.join(", .", formats.fileExtensions()) + ")."));
        return store(fileName, format.read(content, hints));
    }

    /**
     * Imports plain text (one paragraph, heading or bullet item per line), titled by its first
     * line. Importing the same text again returns the article already stored.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId importText(String sourceName, String text) {
        return store(sourceName, new ReadArticle(text, null, null));
    }

    private ArticleId store(String sourceName, ReadArticle article) {
        String text = article.text();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'" + sourceName + "' has no text.");
        }
        String title = article.title() == null || article.title().isBlank()
                ? ArticleTitles.fromFirstLine(text) : article.title().strip();
        return articleService.add(new NewArticle(title, sourceName, article.sourceUrl(), text));
    }
}
