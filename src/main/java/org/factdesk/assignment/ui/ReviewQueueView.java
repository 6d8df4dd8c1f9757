package org.factdesk.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;

/** Submitted reviews waiting for a team lead: approve, or return with a comment. */
@Route("review-queue")
@Menu(order = 15, icon = "vaadin:inbox", title = "nav.reviewQueue")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final AssignmentFilter SUBMITTED = new AssignmentFilter(ArticleState.SUBMITTED, null, false);

    private final AssignmentService assignmentService;
    private final Grid<AssignmentListItem> grid = new Grid<>();

    ReviewQueueView(AssignmentService assignmentService) {
        this.assignmentService = assignmentService;
        addClassName("fd-review-queue");
        setSizeFull();
        grid.addClassName("fd-queue-grid");
        grid.addColumn(LitRenderer.<AssignmentListItem>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", AssignmentListItem::title))
                .setHeader(getTranslation("articles.column.title")).setFlexGrow(4);
        grid.addColumn(item -> item.assignee() == null ? "—" : item.assignee().displayName())
                .setHeader(getTranslation("assignment.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.reviewedSentences() + " / " + item.totalSentences())
                .setHeader(getTranslation("assignment.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("users.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("queue.empty"));
        grid.setItems(query -> assignmentService.list(SUBMITTED, query.getOffset(), query.getLimit()).stream(),
                query -> (int) assignmentService.count(SUBMITTED));
        grid.setSizeFull();
        add(new H1(getTranslation("nav.reviewQueue")), grid);
    }

    private HorizontalLayout decisionButtons(AssignmentListItem item) {
        Button approve = new Button(getTranslation("assignment.approve"),
                e -> decide(() -> assignmentService.approve(item.id()), "assignment.approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("fd-queue-approve");
        Button giveBack = new Button(getTranslation("assignment.return"), e -> openReturnDialog(item));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        giveBack.addClassName("fd-queue-return");
        HorizontalLayout buttons = new HorizontalLayout(approve, giveBack);
        buttons.getElement().setAttribute("data-article-title", item.title());
        return buttons;
    }

    private void openReturnDialog(AssignmentListItem item) {
        new CommentDialog(getTranslation("assignment.return"), comment ->
                decide(() -> assignmentService.returnForRework(item.id(), comment), "assignment.returned")).open();
    }

    private boolean decide(Runnable decision, String successKey) {
        try {
            return Notifications.attempt(decision, getTranslation(successKey));
        } finally {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviewQueue") + " · FactDesk";
    }
}
