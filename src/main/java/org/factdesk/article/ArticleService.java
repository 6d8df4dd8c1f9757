package org.factdesk.article;

import org.factdesk.article.internal.ArticleRepository;
import org.factdesk.article.internal.ContentHash;
import org.factdesk.security.AppRoles;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.TextBlock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return articles.count();
    }

    /** A page of the article list, newest import first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ArticleListItem> list(int offset, int limit) {
        return articles.list(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleText> findText(ArticleId id) {
        return articles.findText(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleId> findByContent(String sourceText) {
        return articles.findIdByContentHash(ContentHash.of(sourceText));
    }

    /**
     * Stores an article split into blocks and sentences, in one transaction. An article whose
     * text is already stored is not stored again: its existing id is returned.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId add(NewArticle article) {
        validate(article);
        String hash = ContentHash.of(article.sourceText());
        Optional<ArticleId> existing = articles.findIdByContentHash(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<TextBlock> blocks = GermanSentenceSplitter.shared().segment(article.sourceText());
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("The article has no text.");
        }
        ArticleId id = articles.insert(article, hash, blocks);
        int sentences = blocks.stream().mapToInt(b -> b.sentences().size()).sum();
        events.publishEvent(new ArticleImported(id, article.title(), sentences));
        return id;
    }

    private static void validate(NewArticle article) {
        if (article.title() == null || article.title().isBlank()) {
            throw new IllegalArgumentException("An article needs a title.");
        }
        if (article.sourceName() == null || article.sourceName().isBlank()) {
            throw new IllegalArgumentException("An article needs a source name.");
        }
        if (article.sourceText() == null || article.sourceText().isBlank()) {
            throw new IllegalArgumentException("The article has no text.");
        }
    }
}
