package org.factdesk.importing.ui;

import com.vaadin.flow.component.html.Anchor;
import org.factdesk.article.ArticleId;

/** Links to the reader, which belongs to the review feature downstream of this one: by route, not by class. */
final class ArticleLinks {

    static final String READER_ROUTE = "article/";

    private ArticleLinks() {
    }

    static String route(ArticleId id) {
        return READER_ROUTE + id.value();
    }

    static Anchor to(ArticleId id, String title) {
        Anchor link = new Anchor(route(id), title);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("fd-import-link");
        return link;
    }
}
