package org.factdesk.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.QueueItem;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.Confirmation;
import org.factdesk.common.ui.GridMemory;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Map;

/**
 * Submitted reviews waiting for a team lead, oldest submission first: when each was submitted, how many
 * sentences are verified and disputed; approve (after a confirmation), or return with a comment. Every
 * column sorts, and the sort is remembered per user.
 */
@Route("review-queue")
@Menu(order = 15, icon = "vaadin:inbox", title = "nav.reviewQueue")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID = "review-queue";

    private final AssignmentService assignmentService;
    private final Grid<QueueItem> grid = new Grid<>();

    ReviewQueueView(AssignmentService assignmentService, GridPreferenceStore preferences) {
        this.assignmentService = assignmentService;
        addClassName("fd-review-queue");
        setSizeFull();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(BrowserTimeZone.of(UI.getCurrent()));
        grid.addClassName("fd-queue-grid");
        grid.addColumn(LitRenderer.<QueueItem>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", QueueItem::title))
                .setHeader(getTranslation("articles.column.title")).setKey("title").setWidth("9rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(QueueItem::title, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(item -> item.assignee() == null ? "—" : item.assignee().displayName())
                .setHeader(getTranslation("assignment.assignee")).setKey("assignee").setWidth("6.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(item -> item.assignee() == null ? ""
                        : item.assignee().displayName(), String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(item -> item.submittedAt() == null ? "—" : times.format(item.submittedAt()))
                .setHeader(getTranslation("queue.submittedAt")).setKey("submitted").setWidth("7.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(QueueItem::submittedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(QueueItem::verified).setHeader(getTranslation("queue.verified")).setKey("verified")
                .setWidth("7rem").setFlexGrow(0).setComparator(Comparator.comparingInt(QueueItem::verified));
        grid.addColumn(QueueItem::disputed).setHeader(getTranslation("queue.disputed")).setKey("disputed")
                .setWidth("7rem").setFlexGrow(0).setComparator(Comparator.comparingInt(QueueItem::disputed));
        // No progress column: a submitted review has every sentence reviewed. The buttons wrap in a fixed width
        // so the whole queue fits 1024 px with the menu open.
        grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("users.actions")).setKey("actions")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("queue.emptyWhat"));
        grid.setSizeFull();
        GridMemory<QueueItem> memory = new GridMemory<>(grid, GRID, preferences, Map::of);
        memory.restore();
        refresh();
        add(new H1(getTranslation("nav.reviewQueue")), grid);
    }

    private HorizontalLayout decisionButtons(QueueItem item) {
        Button approve = new Button(getTranslation("assignment.approve"), e -> confirmApprove(item));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("fd-queue-approve");
        approve.setAriaLabel(getTranslation("assignment.approve") + ": " + item.title());
        Button giveBack = new Button(getTranslation("queue.return"), e -> openReturnDialog(item));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        giveBack.addClassName("fd-queue-return");
        giveBack.setAriaLabel(getTranslation("assignment.return") + ": " + item.title());
        HorizontalLayout buttons = new HorizontalLayout(approve, giveBack);
        buttons.setWrap(true);
        buttons.getElement().setAttribute("data-article-title", item.title());
        return buttons;
    }

    private void confirmApprove(QueueItem item) {
        Confirmation confirmation = new Confirmation(getTranslation("assignment.approve.confirmOneTitle"),
                getTranslation("assignment.approve.confirmOne", getTranslation("article.titled", item.title()),
                        item.verified(), item.disputed(), item.totalSentences()),
                getTranslation("assignment.approve"),
                () -> decide(() -> assignmentService.approve(item.id()), "assignment.approved"));
        confirmation.addClassName("fd-approve-confirm");
        confirmation.open();
    }

    private void openReturnDialog(QueueItem item) {
        new CommentDialog(getTranslation("assignment.return"), comment ->
                decide(() -> assignmentService.returnForRework(item.id(), comment), "assignment.returned")).open();
    }

    private boolean decide(Runnable decision, String successKey) {
        try {
            return Notifications.attempt(decision, getTranslation(successKey));
        } finally {
            refresh();
        }
    }

    /** setItems keeps the grid's sort order, so the queue stays sorted the way the lead chose. */
    private void refresh() {
        grid.setItems(assignmentService.queue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviewQueue") + " · FactDesk";
    }
}
