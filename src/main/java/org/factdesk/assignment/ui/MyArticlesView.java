package org.factdesk.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.MyArticle;
import org.factdesk.common.GridPreference;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.GridMemory;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Map;

/**
 * The articles assigned to the signed-in editor, soonest due first; new assignments arrive live.
 * Overdue, returned and new ones carry a badge (the status column sorts them first); approved work is
 * under the "Done" filter. Sort and filter are remembered per user.
 */
@Route("my-articles")
@Menu(order = 1, icon = "vaadin:clipboard-user", title = "nav.myArticles")
@RolesAllowed({AppRoles.EDITOR_NAME, AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class MyArticlesView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID = "my-articles";

    enum Show { TO_DO, DONE }

    private final AssignmentService assignmentService;
    private final Grid<MyArticle> grid = new Grid<>();
    private final Select<Show> show = new Select<>();
    private GridMemory<MyArticle> memory;
    private boolean restoring;

    MyArticlesView(AssignmentService assignmentService, AssignmentBroadcaster broadcaster, CurrentUser currentUser,
                   GridPreferenceStore preferences) {
        this.assignmentService = assignmentService;
        addClassName("fd-my-articles");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        LocalDate today = LocalDate.now();

        grid.addClassName("fd-my-articles-grid");
        grid.addColumn(LitRenderer.<MyArticle>of("""
                        <a class="fd-article-link" href="article/${item.id}">${item.title}</a>""")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", MyArticle::title))
                .setHeader(getTranslation("articles.column.title")).setKey("title").setWidth("9rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(MyArticle::title, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(LitRenderer.<MyArticle>of("""
                        ${item.overdue ? html`<span class="fd-badge fd-badge-overdue">${item.overdueLabel}</span>` : ''}
                        ${item.returned ? html`<span class="fd-badge fd-badge-returned">${item.returnedLabel}</span>` : ''}
                        ${item.isNew ? html`<span class="fd-new-badge">${item.newLabel}</span>` : ''}""")
                        .withProperty("overdue", item -> item.isOverdue(today))
                        .withProperty("returned", MyArticle::isReturned)
                        .withProperty("isNew", MyArticle::isNew)
                        .withProperty("overdueLabel", item -> getTranslation("assignment.badge.overdue"))
                        .withProperty("returnedLabel", item -> getTranslation("assignment.badge.returned"))
                        .withProperty("newLabel", item -> getTranslation("assignment.new")))
                .setHeader(getTranslation("myArticles.status")).setKey("status").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparingInt(item -> attention(item, today)));
        grid.addColumn(item -> getTranslation("state." + item.state().name())).setHeader(getTranslation("assignment.state"))
                .setKey("state").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(MyArticle::state));
        grid.addColumn(item -> item.dueDate() == null ? "—" : dates.format(item.dueDate()))
                .setHeader(getTranslation("assignment.due")).setKey("due").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(MyArticle::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(item -> getTranslation("priority." + item.priority().name()))
                .setHeader(getTranslation("assignment.priority")).setKey("priority").setWidth("6.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(MyArticle::priority).reversed());
        grid.addColumn(LitRenderer.<MyArticle>of("""
                        <vaadin-progress-bar value="${item.share}" aria-label="${item.label}"></vaadin-progress-bar>
                        <span class="fd-progress-text">${item.reviewed} / ${item.total}</span>""")
                        .withProperty("share", item -> item.totalSentences() == 0 ? 0
                                : item.reviewedSentences() / (double) item.totalSentences())
                        .withProperty("label", item -> getTranslation("assignment.progress") + ": " + item.title())
                        .withProperty("reviewed", MyArticle::reviewedSentences)
                        .withProperty("total", MyArticle::totalSentences))
                .setHeader(getTranslation("assignment.progress")).setKey("progress").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(item -> item.totalSentences() == 0 ? 0
                        : item.reviewedSentences() / (double) item.totalSentences()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setSizeFull();

        show.setLabel(getTranslation("myArticles.show"));
        show.addClassName("fd-my-articles-show");
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation(s == Show.DONE ? "myArticles.done" : "myArticles.toDo"));
        show.setValue(Show.TO_DO);
        memory = new GridMemory<>(grid, GRID, preferences,
                () -> show.getValue() == Show.DONE ? Map.of("show", "done") : Map.of());
        show.addValueChangeListener(e -> {
            refresh();
            if (!restoring) {
                memory.save();
            }
        });

        add(new H1(getTranslation("nav.myArticles")), show, grid);
        restoring = true;
        try {
            GridPreference remembered = memory.restore();
            show.setValue("done".equals(remembered.filter("show")) ? Show.DONE : Show.TO_DO);
        } finally {
            restoring = false;
        }
        refresh();
        currentUser.get().ifPresent(me -> broadcaster.assignedWhileAttached(this, me.id(), this::refresh));
        currentUser.get().ifPresent(me -> broadcaster.missedWhileAttached(this, me.id(), this::refresh));
    }

    /** Overdue first, then returned, then new, then the rest: what needs the editor soonest. */
    private static int attention(MyArticle item, LocalDate today) {
        if (item.isOverdue(today)) {
            return 0;
        }
        if (item.isReturned()) {
            return 1;
        }
        return item.isNew() ? 2 : 3;
    }

    private void refresh() {
        boolean done = show.getValue() == Show.DONE;
        grid.setEmptyStateText(getTranslation(done ? "myArticles.emptyDone" : "myArticles.emptyToDo"));
        // setItems keeps the grid's sort order: the list stays sorted the way the editor chose.
        grid.setItems(done ? assignmentService.myDoneArticles() : assignmentService.myArticles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myArticles") + " · FactDesk";
    }
}
