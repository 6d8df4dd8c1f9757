package org.factdesk.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.common.ui.ArticleExportDialog;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

/**
 * Team leads decide who reviews what: all articles with state, assignee, due date, priority and
 * progress; filters; assign many articles at once; unassign; approve or return submitted reviews.
 */
@Route("assignments")
@Menu(order = 10, icon = "vaadin:tasks", title = "nav.assignments")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class AssignmentView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignmentService;
    private final UserService userService;
    private final ObjectProvider<ArticleExportDialog> exportDialog;
    private final Grid<AssignmentListItem> grid = new Grid<>();
    private final Select<ArticleState> stateFilter = new Select<>();
    private final Select<UserAccount> assigneeFilter = new Select<>();
    private final Checkbox overdueFilter = new Checkbox();

    AssignmentView(AssignmentService assignmentService, UserService userService,
                   ObjectProvider<ArticleExportDialog> exportDialog) {
        this.assignmentService = assignmentService;
        this.userService = userService;
        this.exportDialog = exportDialog;
        addClassName("fd-assignments");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        LocalDate today = LocalDate.now();

        grid.addClassName("fd-assignment-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(LitRenderer.<AssignmentListItem>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", AssignmentListItem::title))
                .setHeader(getTranslation("articles.column.title")).setFlexGrow(4);
        grid.addColumn(item -> getTranslation("state." + item.state().name()))
                .setHeader(getTranslation("assignment.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.assignee() == null ? "—" : item.assignee().displayName())
                .setHeader(getTranslation("assignment.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.dueDate() == null ? "—" : dates.format(item.dueDate())
                        + (item.isOverdue(today) ? " ⚠ " + getTranslation("assignment.overdue") : ""))
                .setHeader(getTranslation("assignment.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("priority." + item.priority().name()))
                .setHeader(getTranslation("assignment.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<AssignmentListItem>of("""
                        <vaadin-progress-bar value="${item.share}" style="width: 6rem"
                            aria-label="${item.progressLabel}"></vaadin-progress-bar>
                        <span class="fd-progress-text">${item.reviewed} / ${item.total}</span>""")
                        .withProperty("share", item -> item.totalSentences() == 0 ? 0
                                : item.reviewedSentences() / (double) item.totalSentences())
                        .withProperty("reviewed", AssignmentListItem::reviewedSentences)
                        .withProperty("total", AssignmentListItem::totalSentences)
                        // A progress bar needs a name for screen readers (axe: aria-progressbar-name).
                        .withProperty("progressLabel", item -> getTranslation("reader.progress",
                                item.reviewedSentences(), item.totalSentences())))
                .setHeader(getTranslation("assignment.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.setItems(query -> assignmentService.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) assignmentService.count(filter()));

        add(new H1(getTranslation("nav.assignments")), filters(), actions(), grid);
    }

    private HorizontalLayout filters() {
        stateFilter.setLabel(getTranslation("assignment.state"));
        stateFilter.setItems(ArticleState.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("assignment.any"));
        stateFilter.setItemLabelGenerator(s -> s == null ? getTranslation("assignment.any")
                : getTranslation("state." + s.name()));
        stateFilter.addClassName("fd-state-filter");
        assigneeFilter.setLabel(getTranslation("assignment.assignee"));
        assigneeFilter.setItems(editors());
        assigneeFilter.setEmptySelectionAllowed(true);
        assigneeFilter.setEmptySelectionCaption(getTranslation("assignment.any"));
        assigneeFilter.setItemLabelGenerator(u -> u == null ? getTranslation("assignment.any") : u.displayName());
        overdueFilter.setLabel(getTranslation("assignment.overdueOnly"));
        stateFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        assigneeFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(stateFilter, assigneeFilter, overdueFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private HorizontalLayout actions() {
        Button assign = new Button(getTranslation("assignment.assign"), VaadinIcon.USER_CHECK.create(),
                e -> openAssignDialog(grid.getSelectedItems()));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClassName("fd-assign");
        Button unassign = new Button(getTranslation("assignment.unassign"), e -> forEachSelected(item ->
                assignmentService.unassign(item.id()), "assignment.unassigned"));
        unassign.addClassName("fd-unassign");
        Button approve = new Button(getTranslation("assignment.approve"), VaadinIcon.CHECK.create(),
                e -> forEachSelected(item -> assignmentService.approve(item.id()), "assignment.approved"));
        approve.addClassName("fd-approve");
        Button giveBack = new Button(getTranslation("assignment.return"), VaadinIcon.REPLY.create(),
                e -> openCommentDialog("assignment.return", (item, comment) ->
                        assignmentService.returnForRework(item.id(), comment), "assignment.returned"));
        giveBack.addClassName("fd-return");
        Button reopen = new Button(getTranslation("assignment.reopen"), e -> openCommentDialog("assignment.reopen",
                (item, comment) -> assignmentService.reopen(item.id(), comment), "assignment.reopened"));
        reopen.addClassName("fd-reopen");
        for (Button button : List.of(unassign, approve, giveBack, reopen)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(assign, unassign, approve, giveBack, reopen);
        exportDialog.ifAvailable(dialog -> {
            Button export = new Button(getTranslation("export.button"), VaadinIcon.DOWNLOAD_ALT.create(), e -> {
                Set<AssignmentListItem> selected = grid.getSelectedItems();
                if (selected.size() != 1) {
                    Notifications.warning(getTranslation("export.selectOne"));
                    return;
                }
                AssignmentListItem item = selected.iterator().next();
                dialog.open(item.id().value(), item.title());
            });
            export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            export.addClassName("fd-export");
            actions.add(export);
        });
        return actions;
    }

    private void openAssignDialog(Set<AssignmentListItem> selected) {
        if (selected.isEmpty()) {
            Notifications.warning(getTranslation("assignment.selectFirst"));
            return;
        }
        List<ArticleId> ids = selected.stream().map(AssignmentListItem::id).toList();
        new AssignDialog(ids.size(), editors(), choice -> run(() -> assignmentService.assign(ids, choice.editor(),
                choice.dueDateOrNull(), choice.priority()), "assignment.assigned")).open();
    }

    private interface CommentAction {
        void apply(AssignmentListItem item, String comment);
    }

    private void openCommentDialog(String titleKey, CommentAction action, String successKey) {
        Set<AssignmentListItem> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notifications.warning(getTranslation("assignment.selectFirst"));
            return;
        }
        new CommentDialog(getTranslation(titleKey), comment ->
                run(() -> selected.forEach(item -> action.apply(item, comment)), successKey)).open();
    }

    private interface ItemAction {
        void apply(AssignmentListItem item);
    }

    private void forEachSelected(ItemAction action, String successKey) {
        Set<AssignmentListItem> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notifications.warning(getTranslation("assignment.selectFirst"));
            return;
        }
        run(() -> selected.forEach(action::apply), successKey);
    }

    /** Runs a change and shows its outcome, then shows the grid afresh. */
    private boolean run(Runnable change, String successKey) {
        try {
            return Notifications.attempt(change, getTranslation(successKey));
        } finally {
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        }
    }

    private List<UserAccount> editors() {
        return userService.listActive().stream().filter(u -> u.role() == AppRoles.EDITOR).toList();
    }

    private AssignmentFilter filter() {
        return new AssignmentFilter(stateFilter.getValue(),
                assigneeFilter.getValue() == null ? null : assigneeFilter.getValue().userId(),
                overdueFilter.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assignments") + " · FactDesk";
    }
}
