package org.factdesk.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.MyArticle;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The articles assigned to the signed-in editor, soonest due first; new assignments arrive live. */
@Route("my-articles")
@Menu(order = 1, icon = "vaadin:clipboard-user", title = "nav.myArticles")
@RolesAllowed({AppRoles.EDITOR_NAME, AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class MyArticlesView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignmentService;
    private final Grid<MyArticle> grid = new Grid<>();

    MyArticlesView(AssignmentService assignmentService, AssignmentBroadcaster broadcaster, CurrentUser currentUser) {
        this.assignmentService = assignmentService;
        addClassName("fd-my-articles");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        grid.addClassName("fd-my-articles-grid");
        grid.addColumn(LitRenderer.<MyArticle>of("""
                        <a class="fd-article-link" href="article/${item.id}">${item.title}</a>
                        ${item.isNew ? html`<span class="fd-new-badge">${item.newLabel}</span>` : ''}""")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", MyArticle::title)
                        .withProperty("isNew", MyArticle::isNew)
                        .withProperty("newLabel", item -> getTranslation("assignment.new")))
                .setHeader(getTranslation("articles.column.title")).setFlexGrow(4);
        grid.addColumn(item -> getTranslation("state." + item.state().name())).setHeader(getTranslation("assignment.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.dueDate() == null ? "—" : dates.format(item.dueDate()))
                .setHeader(getTranslation("assignment.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("priority." + item.priority().name()))
                .setHeader(getTranslation("assignment.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<MyArticle>of("""
                        <vaadin-progress-bar value="${item.share}" style="width: 6rem"
                            aria-label="${item.progressLabel}"></vaadin-progress-bar>
                        <span class="fd-progress-text">${item.reviewed} / ${item.total}</span>""")
                        .withProperty("share", item -> item.totalSentences() == 0 ? 0
                                : item.reviewedSentences() / (double) item.totalSentences())
                        .withProperty("reviewed", MyArticle::reviewedSentences)
                        .withProperty("total", MyArticle::totalSentences)
                        // A progress bar needs a name for screen readers (axe: aria-progressbar-name).
                        .withProperty("progressLabel", item -> getTranslation("reader.progress",
                                item.reviewedSentences(), item.totalSentences())))
                .setHeader(getTranslation("assignment.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("assignment.noneForMe"));
        grid.setSizeFull();
        refresh();
        add(new H1(getTranslation("nav.myArticles")), grid);
        currentUser.get().ifPresent(me -> broadcaster.whileAttached(this, me.id(), assigned -> refresh()));
    }

    private void refresh() {
        grid.setItems(assignmentService.myArticles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myArticles") + " · FactDesk";
    }
}
