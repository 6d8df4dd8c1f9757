package org.factdesk.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.common.ui.Notifications;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportService;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.VersionComparison;
import org.factdesk.importing.VersionTarget;
import org.factdesk.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Optional;

/**
 * Where team leads and admins bring articles in: pasted text with its details, uploaded files, or a
 * web address. Every way shows a preview (blocks and sentence split, nothing stored) before the
 * import; an import opens the article in the reader or says why it was refused, in the UI's language.
 * Editors neither see nor open it, and {@link ImportService} refuses them as well.
 * <p>
 * "New version of …" makes any of the three the new version of a stored article (ADR 0029): the preview
 * then says what becomes of its sentences. An ordinary import that looks like a new version of a stored
 * article (the same source address or title) says so, and the lead chooses before anything is stored.
 */
@Route("import")
@Menu(order = 5, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService importService;
    /** Null when no feature offers new versions (then the view imports articles only). */
    private final NewVersionImport newVersions;
    private final VersionPicker picker;
    private final UploadSection uploadSection;
    private ImportPreview pastePreviewed;
    private ImportPreview webPreviewed;

    // Paste
    private final TextArea text = new TextArea();
    private final TextField title = new TextField();
    private final TextField sourceUrl = new TextField();
    private final TextField outlet = new TextField();
    private final TextField author = new TextField();
    private final DatePicker publishedOn = org.factdesk.common.ui.DatePickers.localized(new DatePicker());
    private final Paragraph pasteError = errorLine("fd-paste-error");
    private final PreviewPanel pastePreview = new PreviewPanel();

    // Web address
    private final TextField address = new TextField();
    private final Button webPreview = new Button();
    private final Button webImport = new Button();
    private final ProgressBar webBusy = new ProgressBar();
    private final Paragraph webStatus = new Paragraph();
    private final Paragraph webError = errorLine("fd-web-error");
    private final PreviewPanel webPreviewPanel = new PreviewPanel();
    /** Numbers the fetches, so an answer that arrives after a newer request was made is dropped. */
    private int webRequest;

    ImportView(ImportService importService, ObjectProvider<NewVersionImport> newVersionImport) {
        this.importService = importService;
        this.newVersions = newVersionImport.getIfAvailable();
        this.picker = newVersions == null ? null : new VersionPicker(newVersions);
        this.uploadSection = new UploadSection(importService, newVersions, () -> picker == null ? Optional.empty()
                : picker.target());
        addClassName("fd-import");
        TabSheet tabs = new TabSheet();
        tabs.addClassName("fd-import-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("import.tab.paste"), pasteSection()).addClassName("fd-import-tab-paste");
        tabs.add(getTranslation("import.tab.upload"), uploadSection).addClassName("fd-import-tab-upload");
        tabs.add(getTranslation("import.tab.web"), webSection()).addClassName("fd-import-tab-web");
        // vaadin-tabs (25.2) puts a div with tabindex="-1" between its tablist and the tabs; ARIA allows only
        // tabs there, and screen readers then announce the list wrongly (axe: aria-required-children). The
        // div only scrolls; without the attribute it still does, and the arrow keys still move between tabs.
        tabs.getElement().executeJs("""
                const list = this.querySelector('vaadin-tabs');
                customElements.whenDefined('vaadin-tabs').then(() => list.updateComplete).then(() =>
                    list.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex'));""");
        add(new H1(getTranslation("import.title")));
        if (picker != null) {
            picker.addValueChangeListener(e -> targetChanged());
            add(picker);
        }
        add(tabs);
    }

    /** Another article picked (or none): the previews shown say what the import would now do. */
    private void targetChanged() {
        if (pastePreviewed != null) {
            pastePreview.show(pastePreviewed);
            pasteError.setVisible(false);
            describeVersion(pastePreviewed, pastePreview, pasteError);
        }
        if (webPreviewed != null) {
            webPreviewPanel.show(webPreviewed);
            webError.setVisible(false);
            describeVersion(webPreviewed, webPreviewPanel, webError);
        }
        uploadSection.targetChanged();
    }

    // --- paste ---------------------------------------------------------------------------------

    private Div pasteSection() {
        text.setLabel(getTranslation("import.paste.text"));
        text.setHelperText(getTranslation("import.paste.textHelp"));
        text.addClassName("fd-paste-text");
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setMaxHeight("28rem");
        title.setLabel(getTranslation("import.field.title"));
        title.setHelperText(getTranslation("import.field.titleHelp"));
        title.addClassName("fd-paste-title");
        title.setMaxLength(ArticleMetadata.MAX_TITLE_LENGTH);
        sourceUrl.setLabel(getTranslation("import.field.sourceUrl"));
        sourceUrl.addClassName("fd-paste-source-url");
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setMaxLength(ArticleMetadata.MAX_URL_LENGTH);
        outlet.setLabel(getTranslation("import.field.outlet"));
        outlet.addClassName("fd-paste-outlet");
        outlet.setMaxLength(ArticleMetadata.MAX_NAME_LENGTH);
        author.setLabel(getTranslation("import.field.author"));
        author.addClassName("fd-paste-author");
        author.setMaxLength(ArticleMetadata.MAX_NAME_LENGTH);
        publishedOn.setLabel(getTranslation("import.field.publishedOn"));
        publishedOn.addClassName("fd-paste-published");
        publishedOn.setLocale(getLocale());
        publishedOn.setClearButtonVisible(true);

        FormLayout details = new FormLayout(title, sourceUrl, publishedOn, outlet, author);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("36em", 2), new FormLayout.ResponsiveStep("60em", 3));
        // Addresses and headlines are long: they get the wide cells, the date a narrow one.
        details.setColspan(title, 3);
        details.setColspan(sourceUrl, 2);
        details.addClassName("fd-paste-details");

        Button preview = new Button(getTranslation("import.preview"), VaadinIcon.EYE.create(), e -> previewPaste());
        preview.addClassName("fd-paste-preview");
        Button importButton = new Button(getTranslation("import.import"), VaadinIcon.UPLOAD.create(),
                e -> importPaste());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("fd-paste-import");
        HorizontalLayout actions = new HorizontalLayout(preview, importButton);

        Div section = new Div(text, details, actions, pasteError, pastePreview);
        section.addClassName("fd-paste");
        return section;
    }

    private void previewPaste() {
        ImportOptions options = pasteOptions();
        if (options == null) {
            return;
        }
        try {
            ImportPreview preview = importService.previewText(text.getValue(), options);
            pastePreviewed = preview;
            pastePreview.show(preview);
            pasteError.setVisible(false);
            describeVersion(preview, pastePreview, pasteError);
        } catch (RuntimeException e) {
            pastePreviewed = null;
            pastePreview.clear();
            refused(pasteError, e);
        }
    }

    private void importPaste() {
        ImportOptions options = pasteOptions();
        if (options == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = importService.previewText(text.getValue(), options);
        } catch (RuntimeException e) {
            refused(pasteError, e);
            return;
        }
        importDecided(preview, pastePreview, pasteError, new Storing() {
            @Override
            public void asNewVersion(VersionTarget target) {
                try {
                    openedVersion(newVersions.importAsNewVersion(target.articleId(), preview));
                } catch (RuntimeException e) {
                    refused(pasteError, e);
                }
            }

            @Override
            public void asArticle() {
                try {
                    opened(importService.importPreviewed(preview));
                } catch (RuntimeException e) {
                    refused(pasteError, e);
                }
            }
        });
    }

    /** The typed details, or null (with the reason shown) when the date field holds no date it understood. */
    private ImportOptions pasteOptions() {
        if (publishedOn.isInvalid() && publishedOn.getValue() == null) {
            show(pasteError, getTranslation("import.field.publishedOnInvalid"));
            return null;
        }
        return new ImportOptions(new ArticleMetadata(title.getValue(), sourceUrl.getValue(), outlet.getValue(),
                author.getValue(), publishedOn.getValue()), null);
    }

    // --- web address ---------------------------------------------------------------------------

    private Div webSection() {
        address.setLabel(getTranslation("import.web.address"));
        address.setHelperText(getTranslation("import.web.addressHelp"));
        address.setPlaceholder("https://");
        address.addClassName("fd-web-address");
        address.setWidthFull();
        address.setMaxLength(ArticleMetadata.MAX_URL_LENGTH);
        webPreview.setText(getTranslation("import.preview"));
        webPreview.setIcon(VaadinIcon.EYE.create());
        webPreview.addClassName("fd-web-preview");
        webPreview.addClickListener(e -> fetch(false));
        webImport.setText(getTranslation("import.import"));
        webImport.setIcon(VaadinIcon.UPLOAD.create());
        webImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        webImport.addClassName("fd-web-import");
        webImport.addClickListener(e -> fetch(true));
        webBusy.setIndeterminate(true);
        webBusy.setWidth("10rem");
        webBusy.addClassName("fd-web-busy");
        webBusy.setVisible(false);
        webStatus.addClassName("fd-web-status");
        webStatus.getElement().setAttribute("role", "status");
        HorizontalLayout actions = new HorizontalLayout(webPreview, webImport, webBusy, webStatus);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph intro = new Paragraph(getTranslation("import.web.intro"));
        intro.addClassName("fd-import-intro");
        Div section = new Div(intro, address, actions, webError, webPreviewPanel);
        section.addClassName("fd-web");
        return section;
    }

    /** Fetches the page on a background thread (it may take seconds), the UI shows that it is busy. */
    private void fetch(boolean store) {
        String typed = address.getValue().strip();
        if (typed.isEmpty()) {
            show(webError, getTranslation("import.web.addressRequired"));
            return;
        }
        int request = ++webRequest;
        webBusy(true, getTranslation(store ? "import.web.importing" : "import.web.fetching", typed));
        webError.setVisible(false);
        UI ui = UI.getCurrent();
        if (store) {
            // Fetched once: the lead may have to decide (a candidate new version) before it is stored as read.
            Background.run(ui, () -> importService.previewWebPage(typed, ImportOptions.NONE), (preview, failure) -> {
                if (request == webRequest) {
                    webBusy(false, "");
                    if (failure != null) {
                        refused(webError, failure);
                    } else {
                        importDecided(preview, webPreviewPanel, webError, webStoring(preview, typed));
                    }
                }
            });
        } else {
            Background.run(ui, () -> importService.previewWebPage(typed, ImportOptions.NONE), (preview, failure) -> {
                if (request == webRequest) {
                    webBusy(false, "");
                    if (failure != null) {
                        webPreviewPanel.clear();
                        refused(webError, failure);
                    } else {
                        showWebPreview(preview);
                    }
                }
            });
        }
    }

    private void showWebPreview(ImportPreview preview) {
        webPreviewed = preview;
        webPreviewPanel.show(preview);
        describeVersion(preview, webPreviewPanel, webError);
    }

    /** Stores a fetched page on a background thread (storing and its analyses may take a moment). */
    private Storing webStoring(ImportPreview preview, String typed) {
        return new Storing() {
            @Override
            public void asNewVersion(VersionTarget target) {
                store(() -> newVersions.importAsNewVersion(target.articleId(), preview), ImportView.this::openedVersion);
            }

            @Override
            public void asArticle() {
                store(() -> importService.importPreviewed(preview), ImportView.this::opened);
            }

            private <T> void store(java.util.function.Supplier<T> work, java.util.function.Consumer<T> then) {
                int request = ++webRequest;
                webBusy(true, getTranslation("import.web.importing", typed));
                Background.run(UI.getCurrent(), work, (result, failure) -> {
                    if (request == webRequest) {
                        webBusy(false, "");
                        if (failure != null) {
                            refused(webError, failure);
                        } else {
                            then.accept(result);
                        }
                    }
                });
            }
        };
    }

    private void webBusy(boolean busy, String status) {
        webBusy.setVisible(busy);
        // A progress bar needs a name for screen readers (axe: aria-progressbar-name): what it waits for.
        webBusy.getElement().setAttribute("aria-label", status.isEmpty() ? getTranslation("import.tab.web") : status);
        webPreview.setEnabled(!busy);
        webImport.setEnabled(!busy);
        address.setReadOnly(busy);
        webStatus.setText(status);
    }

    // --- new versions (ADR 0029) -----------------------------------------------------------------

    /** How a decided import is stored: as the new version of an article, or as an article of its own. */
    private interface Storing {
        void asNewVersion(VersionTarget target);

        void asArticle();
    }

    /**
     * Adds to a preview what importing it does: with an article picked, its sentences' fate as that article's
     * new version; else, when it looks like a new version of a stored article, that and the choice.
     */
    private void describeVersion(ImportPreview preview, PreviewPanel panel, Paragraph error) {
        if (newVersions == null) {
            return;
        }
        try {
            Optional<VersionTarget> picked = picker.target();
            if (picked.isPresent()) {
                panel.showVersion(newVersions.compare(picked.get().articleId(), preview));
            } else {
                newVersions.candidateFor(preview)
                        .ifPresent(candidate -> panel.showCandidate(new CandidateChoice(candidate, preview.text())));
            }
        } catch (RuntimeException e) {
            refused(error, e);
        }
    }

    /**
     * Imports as decided: as the new version of the picked article; else, when the import looks like a new
     * version of a stored article, as the lead chose in the preview or now chooses in a dialog; else as an
     * article of its own.
     */
    private void importDecided(ImportPreview preview, PreviewPanel panel, Paragraph error, Storing storing) {
        Optional<VersionTarget> picked = picker == null ? Optional.empty() : picker.target();
        if (picked.isPresent()) {
            storing.asNewVersion(picked.get());
            return;
        }
        Optional<VersionTarget> candidate;
        try {
            candidate = newVersions == null ? Optional.empty() : newVersions.candidateFor(preview);
        } catch (RuntimeException e) {
            refused(error, e);
            return;
        }
        if (candidate.isEmpty()) {
            storing.asArticle();
            return;
        }
        VersionTarget target = candidate.get();
        CandidateChoice shown = panel.candidate();
        CandidateChoice.Choice choice = shown == null ? null : shown.chosenFor(target, preview.text());
        if (choice == CandidateChoice.Choice.NEW_VERSION) {
            storing.asNewVersion(target);
        } else if (choice == CandidateChoice.Choice.SEPARATE) {
            storing.asArticle();
        } else {
            new CandidateDialog(target, () -> storing.asNewVersion(target), storing::asArticle).open();
        }
    }

    private void openedVersion(VersionComparison imported) {
        Notifications.success(getTranslation("import.newVersion.imported", imported.number(), imported.title()));
        UI.getCurrent().navigate(ArticleLinks.route(imported.article()));
    }

    // --- shared --------------------------------------------------------------------------------

    /** Opens the imported article, or the one already there with the same text, in the reader. */
    private void opened(ImportResult result) {
        if (result.outcome() == ImportResult.Outcome.ALREADY_THERE) {
            Notifications.warning(getTranslation("import.alreadyThere", result.title()));
        } else {
            Notifications.success(getTranslation("import.imported", result.title()));
        }
        UI.getCurrent().navigate(ArticleLinks.route(result.articleId()));
    }

    /**
     * Shows a refusal's reason beside the form. Anything else (the database gone, a bug) is logged and
     * said as a failure: the work may have run on a background thread, where no error page would show.
     */
    private void refused(Paragraph where, Throwable failure) {
        if (failure instanceof RuntimeException e && Notifications.isRefusal(e)) {
            show(where, Notifications.reason(e));
            return;
        }
        LOG.error("Import failed", failure);
        show(where, getTranslation("import.failed"));
    }

    private static void show(Paragraph where, String message) {
        where.setText(message);
        where.setVisible(true);
    }

    static Paragraph errorLine(String className) {
        Paragraph error = new Paragraph();
        error.addClassName("fd-import-error");
        error.addClassName(className);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · FactDesk";
    }
}
