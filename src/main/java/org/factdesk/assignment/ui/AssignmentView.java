package org.factdesk.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignConfirmation;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentNeedsConfirmationException;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.AssignmentSort;
import org.factdesk.assignment.BulkAction;
import org.factdesk.assignment.BulkOutcome;
import org.factdesk.common.GridPreference;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.ArticleExportDialog;
import org.factdesk.common.ui.Confirmation;
import org.factdesk.common.ui.GridMemory;
import org.factdesk.common.ui.Notifications;
import org.factdesk.security.AppRoles;
import org.factdesk.user.UserAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.factdesk.user.UserService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Team leads decide who reviews what: all articles with state, assignee, due date, priority and
 * progress; filters; assign many articles at once; unassign; approve or return submitted reviews.
 * Sort and filters are remembered per user; a step keeps the sort and the selection (rows refreshed in
 * place), acts on the selected articles it applies to and names the skipped ones by title.
 * The dashboard links here with {@code ?state=…&assignee=…&overdue=true}, which override the remembered filter.
 */
@Route("assignments")
@Menu(order = 10, icon = "vaadin:tasks", title = "nav.assignments")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class AssignmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String GRID = "assignments";

    private final AssignmentService assignmentService;
    private final UserService userService;
    private final Grid<AssignmentListItem> grid = new Grid<>();
    private final Select<ArticleState> stateFilter = new Select<>();
    private final Select<UserAccount> assigneeFilter = new Select<>();
    private final Checkbox overdueFilter = new Checkbox();
    private final Map<BulkAction, Button> actionButtons = new EnumMap<>(BulkAction.class);
    private final GridMemory<AssignmentListItem> memory;
    private Button export;
    /** While filters are set from the URL or the stored preference: not a user's change to remember. */
    private boolean settingFilters;

    AssignmentView(AssignmentService assignmentService, UserService userService,
                   ObjectProvider<ArticleExportDialog> exportDialog, GridPreferenceStore preferences) {
        this.assignmentService = assignmentService;
        this.userService = userService;
        addClassName("fd-assignments");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        LocalDate today = LocalDate.now();

        grid.addClassName("fd-assignment-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // A select-all checkbox also for the lazy list (the count is known); it selects what the filters show.
        ((GridMultiSelectionModel<AssignmentListItem>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        grid.addColumn(LitRenderer.<AssignmentListItem>of(
                                "<a class=\"fd-article-link\" href=\"article/${item.id}\">${item.title}</a>")
                        .withProperty("id", item -> item.id().value())
                        .withProperty("title", AssignmentListItem::title))
                .setHeader(getTranslation("articles.column.title")).setKey("title")
                .setSortProperty(AssignmentSort.TITLE.name()).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(item -> getTranslation("state." + item.state().name()))
                .setHeader(getTranslation("assignment.state")).setKey("state")
                .setSortProperty(AssignmentSort.STATE.name()).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(item -> item.assignee() == null ? "—" : item.assignee().displayName())
                .setHeader(getTranslation("assignment.assignee")).setKey("assignee")
                .setSortProperty(AssignmentSort.ASSIGNEE.name()).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AssignmentListItem>of("""
                        <span class="fd-due">${item.due}</span>${item.overdue
                            ? html`<span class="fd-badge fd-badge-overdue">${item.overdueLabel}</span>` : ''}""")
                        .withProperty("due", item -> item.dueDate() == null ? "—" : dates.format(item.dueDate()))
                        .withProperty("overdue", item -> item.isOverdue(today))
                        .withProperty("overdueLabel", item -> getTranslation("assignment.badge.overdue")))
                .setHeader(getTranslation("assignment.due")).setKey("due")
                .setSortProperty(AssignmentSort.DUE.name()).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(item -> getTranslation("priority." + item.priority().name()))
                .setHeader(getTranslation("assignment.priority")).setKey("priority")
                .setSortProperty(AssignmentSort.PRIORITY.name()).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AssignmentListItem>of("""
                        <vaadin-progress-bar value="${item.share}" aria-label="${item.label}"></vaadin-progress-bar>
                        <span class="fd-progress-text">${item.reviewed} / ${item.total}</span>""")
                        .withProperty("share", item -> item.totalSentences() == 0 ? 0
                                : item.reviewedSentences() / (double) item.totalSentences())
                        .withProperty("label", item -> getTranslation("assignment.progress") + ": " + item.title())
                        .withProperty("reviewed", AssignmentListItem::reviewedSentences)
                        .withProperty("total", AssignmentListItem::totalSentences))
                .setHeader(getTranslation("assignment.progress")).setKey("progress").setWidth("6.5rem").setFlexGrow(0);
        // Long titles wrap instead of being cut, and so do headers in narrow columns: the widths above fit
        // 1024 px with the menu open (the title gets what is left, at least 9rem; cells have narrow padding, styles.css).
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("assignment.empty"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.setItems(query -> assignmentService.list(filter(), sort(query.getSortOrders()), descending(
                        query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, assignmentService.count(filter())));
        // Rows are the same article across refreshes, so the selection survives a step.
        grid.getLazyDataView().setIdentifierProvider(AssignmentListItem::id);
        grid.addSelectionListener(e -> updateActions());
        memory = new GridMemory<>(grid, GRID, preferences, this::filterValues);

        add(new H1(getTranslation("nav.assignments")), filters(), actions(exportDialog), grid);
        updateActions();
    }

    private FlexLayout filters() {
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
        assigneeFilter.addClassName("fd-assignee-filter");
        overdueFilter.setLabel(getTranslation("assignment.overdueOnly"));
        overdueFilter.addClassName("fd-overdue-filter");
        stateFilter.addValueChangeListener(e -> filtersChanged());
        assigneeFilter.addValueChangeListener(e -> filtersChanged());
        overdueFilter.addValueChangeListener(e -> filtersChanged());
        FlexLayout filters = new FlexLayout(stateFilter, assigneeFilter, overdueFilter);
        filters.addClassName("fd-toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("assignment.filtersLabel"));
        return filters;
    }

    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        if (!settingFilters) {
            memory.save();
        }
    }

    private FlexLayout actions(ObjectProvider<ArticleExportDialog> exportDialog) {
        Button assign = new Button(getTranslation("assignment.assign"), VaadinIcon.USER_CHECK.create(),
                e -> openAssignDialog());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClassName("fd-assign");
        Button unassign = new Button(getTranslation("assignment.unassign"), e -> confirmUnassign());
        unassign.addClassName("fd-unassign");
        Button approve = new Button(getTranslation("assignment.approve"), VaadinIcon.CHECK.create(),
                e -> confirmApprove());
        approve.addClassName("fd-approve");
        Button giveBack = new Button(getTranslation("assignment.return"), VaadinIcon.REPLY.create(),
                e -> openCommentDialog("assignment.return", assignmentService::returnSelection));
        giveBack.addClassName("fd-return");
        Button reopen = new Button(getTranslation("assignment.reopen"), e -> openCommentDialog("assignment.reopen",
                assignmentService::reopenSelection));
        reopen.addClassName("fd-reopen");
        for (Button button : List.of(unassign, approve, giveBack, reopen)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        actionButtons.put(BulkAction.ASSIGN, assign);
        actionButtons.put(BulkAction.UNASSIGN, unassign);
        actionButtons.put(BulkAction.APPROVE, approve);
        actionButtons.put(BulkAction.RETURN, giveBack);
        actionButtons.put(BulkAction.REOPEN, reopen);
        FlexLayout actions = new FlexLayout(assign, unassign, approve, giveBack, reopen);
        actions.addClassName("fd-toolbar");
        actions.addClassName("fd-assignment-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("assignment.actionsLabel"));
        exportDialog.ifAvailable(dialog -> {
            export = new Button(getTranslation("export.button"), VaadinIcon.DOWNLOAD_ALT.create(), e -> {
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

    /** Each step is enabled only when it applies to at least one selected article (export: exactly one). */
    private void updateActions() {
        Set<AssignmentListItem> selected = grid.getSelectedItems();
        actionButtons.forEach((action, button) ->
                button.setEnabled(selected.stream().anyMatch(item -> action.appliesTo(item.state()))));
        if (export != null) {
            export.setEnabled(selected.size() == 1);
        }
    }

    private List<AssignmentListItem> selectedFor(BulkAction action) {
        return grid.getSelectedItems().stream().filter(item -> action.appliesTo(item.state())).toList();
    }

    private List<ArticleId> selectedIds() {
        return grid.getSelectedItems().stream().map(AssignmentListItem::id).toList();
    }

    private void openAssignDialog() {
        List<ArticleId> ids = selectedIds();
        if (ids.isEmpty()) {
            Notifications.warning(getTranslation("assignment.selectFirst"));
            return;
        }
        AssignDialog[] dialog = new AssignDialog[1];
        dialog[0] = new AssignDialog(selectedFor(BulkAction.ASSIGN).size(), editors(),
                choice -> assign(ids, choice, EnumSet.noneOf(AssignConfirmation.class), dialog[0]));
        dialog[0].open();
    }

    /**
     * Assigns; when the service asks to confirm a reassignment or a past due date, asks the lead with its
     * words and assigns again with that confirmed. Returns whether the assign dialog may close.
     */
    private boolean assign(List<ArticleId> ids, AssignDialog.Choice choice, Set<AssignConfirmation> confirmed,
                           AssignDialog dialog) {
        try {
            return onSelection(ids, selection -> assignmentService.assignSelection(selection, choice.editor(),
                    choice.dueDateOrNull(), choice.priority(), confirmed));
        } catch (AssignmentNeedsConfirmationException question) {
            Set<AssignConfirmation> more = EnumSet.copyOf(question.needed());
            more.addAll(confirmed);
            Confirmation confirmation = new Confirmation(getTranslation("assignment.confirm.title"),
                    question.userMessage().in(getLocale()), getTranslation("assignment.confirm.ok"), () -> {
                if (assign(ids, choice, more, dialog)) {
                    dialog.close();
                    return true;
                }
                return false;
            });
            confirmation.addClassName("fd-assign-confirm");
            confirmation.open();
            return false;
        }
    }

    private void confirmUnassign() {
        List<AssignmentListItem> applicable = selectedFor(BulkAction.UNASSIGN);
        List<ArticleId> ids = selectedIds();
        Confirmation confirmation = new Confirmation(
                getTranslation("assignment.unassign.confirmTitle", applicable.size()),
                getTranslation("assignment.unassign.confirmText", titles(applicable)),
                getTranslation("assignment.unassign"), () -> onSelection(ids, assignmentService::unassignSelection));
        confirmation.addClassName("fd-unassign-confirm");
        confirmation.danger().open();
    }

    private void confirmApprove() {
        List<AssignmentListItem> applicable = selectedFor(BulkAction.APPROVE);
        List<ArticleId> ids = selectedIds();
        Confirmation confirmation = new Confirmation(
                getTranslation("assignment.approve.confirmTitle", applicable.size()),
                getTranslation("assignment.approve.confirmText", titles(applicable)),
                getTranslation("assignment.approve"), () -> onSelection(ids, assignmentService::approveSelection));
        confirmation.addClassName("fd-approve-confirm");
        confirmation.open();
    }

    private interface CommentStep {
        BulkOutcome apply(List<ArticleId> ids, String comment);
    }

    private void openCommentDialog(String titleKey, CommentStep step) {
        List<ArticleId> ids = selectedIds();
        new CommentDialog(getTranslation(titleKey), comment ->
                onSelection(ids, selection -> step.apply(selection, comment))).open();
    }

    private String titles(List<AssignmentListItem> items) {
        return String.join(", ", items.stream().map(item -> getTranslation("article.titled", item.title())).toList());
    }

    /**
     * Runs a step on the selected articles and shows its outcome (skipped articles by title, as a warning);
     * then refreshes the rows in place and selects the same articles again with their new state.
     * A confirmation the service asks for is rethrown to the caller.
     */
    private boolean onSelection(List<ArticleId> ids, Function<List<ArticleId>, BulkOutcome> step) {
        if (ids.isEmpty()) {
            Notifications.warning(getTranslation("assignment.selectFirst"));
            return false;
        }
        try {
            BulkOutcome outcome = step.apply(ids);
            String message = outcome.message().in(getLocale());
            if (outcome.skipped().isEmpty()) {
                Notifications.success(message);
            } else {
                Notifications.warning(message);
            }
            reselect(ids);
            return true;
        } catch (AssignmentNeedsConfirmationException question) {
            throw question;
        } catch (RuntimeException e) {
            Notifications.refused(e);
            reselect(ids);
            return false;
        }
    }

    private void reselect(List<ArticleId> ids) {
        grid.getDataProvider().refreshAll();
        grid.asMultiSelect().setValue(new HashSet<>(assignmentService.items(filter(), ids)));
        updateActions();
    }

    private List<UserAccount> editors() {
        return userService.listActive().stream().filter(u -> u.role() == AppRoles.EDITOR).toList();
    }

    private AssignmentFilter filter() {
        return new AssignmentFilter(stateFilter.getValue(),
                assigneeFilter.getValue() == null ? null : assigneeFilter.getValue().userId(),
                overdueFilter.getValue());
    }

    private static AssignmentSort sort(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? null : AssignmentSort.valueOf(orders.getFirst().getSorted());
    }

    private static boolean descending(List<QuerySortOrder> orders) {
        return !orders.isEmpty() && orders.getFirst().getDirection() == SortDirection.DESCENDING;
    }

    private Map<String, String> filterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        if (stateFilter.getValue() != null) {
            values.put("state", stateFilter.getValue().name());
        }
        if (assigneeFilter.getValue() != null) {
            values.put("assignee", Long.toString(assigneeFilter.getValue().id()));
        }
        if (overdueFilter.getValue()) {
            values.put("overdue", "true");
        }
        return values;
    }

    /** The remembered sort and filter, then the dashboard's filter from the address (if it names one). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        settingFilters = true;
        try {
            GridPreference remembered = memory.restore();
            QueryParameters parameters = event.getLocation().getQueryParameters();
            Map<String, String> wanted = parameters.getParameters().isEmpty() ? remembered.filters()
                    : Map.copyOf(parameters.getParameters().entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst())));
            stateFilter.setValue(parseState(wanted.get("state")).orElse(null));
            assigneeFilter.setValue(parseLong(wanted.get("assignee"))
                    .flatMap(id -> editors().stream().filter(u -> u.id() == id).findFirst()).orElse(null));
            overdueFilter.setValue("true".equals(wanted.get("overdue")));
        } finally {
            settingFilters = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<ArticleState> parseState(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(ArticleState.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assignments") + " · FactDesk";
    }
}
