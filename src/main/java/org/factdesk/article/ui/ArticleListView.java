package org.factdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.common.ui.BrowserTimeZone;

import java.time.format.DateTimeFormatter;

/** All articles, loaded page by page as the grid scrolls. */
@Route("")
@Menu(order = 0, icon = "vaadin:newspaper", title = "nav.articles")
@PermitAll
class ArticleListView extends VerticalLayout implements HasDynamicTitle {

    ArticleListView(ArticleService articleService) {
        addClassName("fd-article-list");
        setSizeFull();
        DateTimeFormatter importedAt = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());

        Grid<ArticleListItem> grid = new Grid<>();
        grid.addClassName("fd-article-grid");
        grid.addColumn(LitRenderer.<ArticleListItem>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", ArticleListItem::title))
                .setHeader(getTranslation("articles.column.title")).setFlexGrow(4).setKey("title");
        grid.addColumn(ArticleListItem::sentenceCount).setHeader(getTranslation("articles.column.sentences"))
                .setKey("sentences").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleListItem::paragraphCount).setHeader(getTranslation("articles.column.paragraphs"))
                .setKey("paragraphs").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> importedAt.format(item.importedAt()))
                .setHeader(getTranslation("articles.column.importedAt")).setKey("importedAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("articles.empty"));
        grid.setItems(query -> articleService.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) articleService.count());
        // The reader belongs to the review feature, which builds on this one: navigate by route.
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("article/" + event.getItem().id())));
        grid.setSizeFull();

        add(new H1(getTranslation("articles.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title") + " · FactDesk";
    }
}
