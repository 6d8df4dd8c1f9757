package org.factdesk.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.assignment.ArticleState;
import org.factdesk.common.ui.Notifications;
import org.factdesk.report.BatchExport;
import org.factdesk.report.BatchExportService;
import org.factdesk.report.BatchProgress;
import org.factdesk.report.BatchResult;
import org.factdesk.report.ExportFilter;
import org.factdesk.report.ReportService;
import org.factdesk.review.Verdict;
import org.factdesk.security.AppRoles;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * The team lead's batch export: filters pick the articles, {@link BatchExportService} builds the ZIP
 * (one PDF each, one CSV, one ClaimReview file) in the background while a progress bar runs, then it
 * is offered for download. The export is discarded when the view is left or a new one is built.
 */
@Route("reports")
@Menu(order = 30, icon = "vaadin:download", title = "nav.reports")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class BatchExportView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reportService;
    private final BatchExportService batchExports;

    private final Select<ArticleState> state = new Select<>();
    private final DatePicker from = org.factdesk.common.ui.DatePickers.localized(new DatePicker());
    private final DatePicker to = org.factdesk.common.ui.DatePickers.localized(new DatePicker());
    private final Select<UserAccount> assignee = new Select<>();
    private final Select<Verdict> verdict = new Select<>();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final Span matching = new Span();
    private final Button build = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final HorizontalLayout result = new HorizontalLayout();

    private UI ui;
    private ExportFilter currentFilter;
    /** The export shown, null before the first. */
    private BatchExport export;

    BatchExportView(ReportService reportService, BatchExportService batchExports, UserService userService) {
        this.reportService = reportService;
        this.batchExports = batchExports;
        addClassName("fd-batch-export");

        state.setLabel(getTranslation("reports.state"));
        state.setItems(ArticleState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("reports.any"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("reports.any") : getTranslation("state." + s.name()));
        state.setValue(ArticleState.APPROVED);
        state.addClassName("fd-batch-state");
        from.setLabel(getTranslation("reports.from"));
        from.addClassName("fd-batch-from");
        to.setLabel(getTranslation("reports.to"));
        to.addClassName("fd-batch-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setClearButtonVisible(true);
        }
        assignee.setLabel(getTranslation("reports.assignee"));
        assignee.setItems(userService.listActive().stream().filter(u -> u.role() == AppRoles.EDITOR).toList());
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("reports.any"));
        assignee.setItemLabelGenerator(u -> u == null ? getTranslation("reports.any") : u.displayName());
        assignee.addClassName("fd-batch-assignee");
        verdict.setLabel(getTranslation("reports.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption(getTranslation("reports.any"));
        verdict.setItemLabelGenerator(v -> v == null ? getTranslation("reports.any")
                : getTranslation(v.translationKey()));
        verdict.addClassName("fd-batch-verdict");
        language.setLabel(getTranslation("export.pdf-language"));
        language.setItems(Locale.GERMAN, Locale.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue("en".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.GERMAN);
        language.addClassName("fd-batch-language");

        FormLayout form = new FormLayout(state, from, to, assignee, verdict, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        state.addValueChangeListener(e -> refreshMatches());
        from.addValueChangeListener(e -> refreshMatches());
        to.addValueChangeListener(e -> refreshMatches());
        assignee.addValueChangeListener(e -> refreshMatches());
        verdict.addValueChangeListener(e -> refreshMatches());

        matching.addClassName("fd-batch-matching");
        build.setText(getTranslation("reports.build"));
        build.setIcon(VaadinIcon.ARCHIVE.create());
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.addClassName("fd-batch-build");
        build.addClickListener(e -> startBuild());
        cancel.setText(getTranslation("reports.cancel"));
        cancel.addClassName("fd-batch-cancel");
        cancel.addClickListener(e -> export.cancel());
        cancel.setVisible(false);
        progress.addClassName("fd-batch-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("reports.building"));
        progress.setWidth("20rem");
        progress.setVisible(false);
        progressText.addClassName("fd-batch-progress-text");
        result.addClassName("fd-batch-result");
        result.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout actions = new HorizontalLayout(build, matching);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout running = new HorizontalLayout(progress, progressText, cancel);
        running.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")), form,
                actions, running, result);
        refreshMatches();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardExport();
    }

    private void refreshMatches() {
        currentFilter = filter();
        if (currentFilter == null) {
            matching.setText("");
            build.setEnabled(false);
            return;
        }
        try {
            int count = reportService.select(currentFilter).size();
            matching.setText(getTranslation("reports.matching", count));
            build.setEnabled(count > 0 && !progress.isVisible());
        } catch (IllegalArgumentException e) {
            matching.setText(Notifications.reason(e));
            build.setEnabled(false);
        }
    }

    /** The filter of the form, or null (with the date field marked) when the range is backwards. */
    private ExportFilter filter() {
        boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("reports.range-invalid") : null);
        if (backwards) {
            return null;
        }
        return new ExportFilter(state.getValue(), from.getValue(), to.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().username(), verdict.getValue());
    }

    private void startBuild() {
        ExportFilter filter = currentFilter;
        if (filter == null) {
            return;
        }
        discardExport();
        result.removeAll();
        running(true);
        progress.setValue(0);
        progressText.setText(getTranslation("reports.building"));
        UI current = ui;
        BatchExport started;
        try {
            started = batchExports.start(filter, language.getValue(), step -> current.access(() -> showProgress(step)));
        } catch (UncheckedIOException e) {
            stopped(getTranslation("export.failed", e.getCause().getMessage()), true);
            return;
        }
        export = started;
        started.result().whenComplete((done, error) -> current.access(() -> {
            if (started == export) { // not superseded or left meanwhile
                if (error == null) {
                    finished(started, done);
                } else {
                    failed(error instanceof CompletionException ? error.getCause() : error);
                }
            }
        }));
    }

    private void showProgress(BatchProgress step) {
        progress.setValue(step.fraction());
        if (step.done() > 0) { // until the first file, "Building the ZIP…" says more than "Step 0 of 7"
            progressText.setText(getTranslation("reports.progress", step.done(), step.total()));
        }
    }

    private void finished(BatchExport done, BatchResult summary) {
        running(false);
        String ready = getTranslation("reports.ready", summary.articles(), summary.sentences());
        progressText.setText(ready);
        Anchor download = new Anchor(DownloadHandler.forFile(done.file().toFile(), done.fileName()), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation("reports.download", done.fileName(), humanSize(done.file().toFile().length()))));
        download.addClassName("fd-batch-download");
        result.add(download);
        Notifications.success(ready);
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            stopped(getTranslation("reports.cancelled"), false);
        } else if (error instanceof RejectedExecutionException) {
            stopped(getTranslation("reports.busy"), true);
        } else {
            String message = error instanceof UncheckedIOException u ? u.getCause().getMessage() : error.getMessage();
            stopped(getTranslation("export.failed", message), true);
        }
    }

    private void stopped(String message, boolean failed) {
        running(false);
        progressText.setText(message);
        if (failed) {
            Notifications.error(message);
        } else {
            Notifications.warning(message);
        }
    }

    private void running(boolean running) {
        progress.setVisible(running);
        cancel.setVisible(running);
        build.setEnabled(!running);
        for (var field : List.of(state, assignee, verdict)) {
            field.setReadOnly(running);
        }
        from.setReadOnly(running);
        to.setReadOnly(running);
        if (!running) {
            refreshMatches();
        }
    }

    private void discardExport() {
        if (export != null) {
            export.discard();
            export = null;
        }
    }

    private String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(getLocale(), "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(getLocale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · FactDesk";
    }
}
