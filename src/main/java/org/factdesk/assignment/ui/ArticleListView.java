package org.factdesk.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.assignment.ArticleListEntry;
import org.factdesk.assignment.ArticleListQuery;
import org.factdesk.assignment.ArticleListQuery.Sort;
import org.factdesk.assignment.ArticleListService;
import org.factdesk.common.GridPreference;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.GridMemory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * All articles with their outlet, publication day, workflow state and assignee, searched and sorted
 * by the database and loaded page by page as the grid scrolls. It lives in the assignment feature
 * because state and assignee are assignment's, and the article feature may not depend on it (ADR 0016).
 */
@Route("")
@Menu(order = 0, icon = "vaadin:newspaper", title = "nav.articles")
@PermitAll
class ArticleListView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Grid<ArticleListEntry> grid = new Grid<>();

    static final String GRID = "articles";

    private GridMemory<ArticleListEntry> memory;
    /** While the remembered search is put into the field: not a change to remember. */
    private boolean restoring;

    ArticleListView(ArticleListService articles, GridPreferenceStore preferences, AssignmentBroadcaster broadcaster) {
        addClassName("fd-article-list");
        setSizeFull();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        search.addClassName("fd-article-search");
        search.setLabel(getTranslation("articles.search.label"));
        search.setPlaceholder(getTranslation("articles.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(ArticleListQuery.MAX_SEARCH_LENGTH);
        search.setWidth("min(100%, 32rem)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            grid.setEmptyStateText(event.getValue().isBlank() ? getTranslation("articles.emptyWhat")
                    : getTranslation("articles.search.none", event.getValue().strip()));
            grid.getDataProvider().refreshAll();
            if (!restoring) {
                memory.save();
            }
        });

        grid.addClassName("fd-article-grid");
        grid.addColumn(LitRenderer.<ArticleListEntry>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", ArticleListEntry::title))
                .setHeader(getTranslation("articles.column.title")).setWidth("16rem").setFlexGrow(3).setKey("title")
                .setSortProperty(Sort.TITLE.name());
        grid.addColumn(item -> item.outlet() == null ? "—" : item.outlet())
                .setHeader(getTranslation("articles.column.outlet")).setKey("outlet").setWidth("8rem").setFlexGrow(1)
                .setSortProperty(Sort.OUTLET.name());
        grid.addColumn(item -> item.publishedOn() == null ? "—" : days.format(item.publishedOn()))
                .setHeader(getTranslation("articles.column.published")).setKey("published").setWidth("7.5rem")
                .setFlexGrow(0).setSortProperty(Sort.PUBLISHED.name());
        grid.addColumn(item -> getTranslation("state." + item.state().name()))
                .setHeader(getTranslation("articles.column.state")).setKey("state").setWidth("7rem")
                .setFlexGrow(0).setSortProperty(Sort.STATE.name());
        grid.addColumn(item -> item.assignee() == null ? "—" : item.assignee().displayName())
                .setHeader(getTranslation("articles.column.assignee")).setKey("assignee").setWidth("8.5rem")
                .setFlexGrow(0).setSortProperty(Sort.ASSIGNEE.name());
        grid.addColumn(ArticleListEntry::sentenceCount).setHeader(getTranslation("articles.column.sentences"))
                .setKey("sentences").setWidth("7.5rem").setFlexGrow(0).setSortProperty(Sort.SENTENCES.name());
        // The day in the list (the time is in the reader); sorting still goes by the exact time.
        Grid.Column<ArticleListEntry> imported = grid.addColumn(
                        item -> days.format(item.importedAt().atZone(BrowserTimeZone.of(UI.getCurrent()))))
                .setHeader(getTranslation("articles.column.importedAt")).setKey("importedAt").setWidth("8rem")
                .setFlexGrow(0).setSortProperty(Sort.IMPORTED.name());
        // Long titles and outlets wrap instead of being cut: the fixed columns leave them little width.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("articles.emptyWhat"));
        // Search, sort and paging happen in the database: the grid asks for one page at a time.
        grid.setItems(query -> articles.list(query(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, articles.count(query(query.getSortOrders()))));
        grid.sort(List.of(new GridSortOrder<>(imported, SortDirection.DESCENDING)));
        // The user's own sort and search, as they left them (a column they never clicked keeps the default).
        memory = new GridMemory<>(grid, GRID, preferences, () -> search.getValue().isBlank() ? Map.of()
                : Map.of("q", search.getValue().strip()));
        restoring = true;
        try {
            GridPreference remembered = memory.restore();
            if (remembered.filter("q") != null) {
                search.setValue(remembered.filter("q"));
            }
        } finally {
            restoring = false;
        }
        // The reader belongs to the review feature, which builds on this one: navigate by route.
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("article/" + event.getItem().id())));
        grid.setSizeFull();

        add(new H1(getTranslation("articles.title")), search, grid);
        // A new article (imported here, on another node or through the API) shows without a reload.
        broadcaster.articlesWhileAttached(this, () -> grid.getDataProvider().refreshAll());
    }

    private ArticleListQuery query(List<QuerySortOrder> sortOrders) {
        ArticleListQuery query = ArticleListQuery.search(search.getValue());
        if (sortOrders.isEmpty()) {
            return query;
        }
        QuerySortOrder first = sortOrders.getFirst();
        return query.sortedBy(Sort.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title") + " · FactDesk";
    }
}
