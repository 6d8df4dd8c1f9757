package org.factdesk.article.internal;

import org.factdesk.article.ArticleAdded;
import org.factdesk.article.ArticleId;
import org.factdesk.cluster.SharedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * New articles for the other nodes (ADR 0038): the article's id; the title is read there from the row. Only
 * {@link ArticleAdded} travels, never {@code ArticleImported}: the import's listeners write (assignment,
 * analyses, first version) and must run once, on the importing node.
 */
@Component
class SharedArticlesAdded implements SharedEvent<ArticleAdded> {

    private final ArticleRepository articles;

    SharedArticlesAdded(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "article-added";
    }

    @Override
    public Class<ArticleAdded> type() {
        return ArticleAdded.class;
    }

    @Override
    public String encode(ArticleAdded event) {
        return Long.toString(event.articleId().value());
    }

    @Override
    public Optional<ArticleAdded> decode(String body) {
        if (!body.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        ArticleId id = new ArticleId(Long.parseLong(body));
        return articles.findTitle(id).map(title -> new ArticleAdded(id, title));
    }
}
