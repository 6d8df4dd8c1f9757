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
import org.factdesk.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where team leads and admins bring articles in: pasted text with its details, uploaded files, or a
 * web address. Every way shows a preview (blocks and sentence split, nothing stored) before the
 * import; an import opens the article in the reader or says why it was refused, in the UI's language.
 * Editors neither see nor open it, and {@link ImportService} refuses them as well.
 */
@Route("import")
@Menu(order = 5, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService importService;

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

    ImportView(ImportService importService) {
        this.importService = importService;
        addClassName("fd-import");
        TabSheet tabs = new TabSheet();
        tabs.addClassName("fd-import-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("import.tab.paste"), pasteSection()).addClassName("fd-import-tab-paste");
        tabs.add(getTranslation("import.tab.upload"), new UploadSection(importService))
                .addClassName("fd-import-tab-upload");
        tabs.add(getTranslation("import.tab.web"), webSection()).addClassName("fd-import-tab-web");
        // vaadin-tabs (25.2) puts a div with tabindex="-1" between its tablist and the tabs; ARIA allows only
        // tabs there, and screen readers then announce the list wrongly (axe: aria-required-children). The
        // div only scrolls; without the attribute it still does, and the arrow keys still move between tabs.
        tabs.getElement().executeJs("""
                const list = this.querySelector('vaadin-tabs');
                customElements.whenDefined('vaadin-tabs').then(() => list.updateComplete).then(() =>
                    list.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex'));""");
        add(new H1(getTranslation("import.title")), tabs);
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
            pastePreview.show(importService.previewText(text.getValue(), options));
            pasteError.setVisible(false);
        } catch (RuntimeException e) {
            pastePreview.clear();
            refused(pasteError, e);
        }
    }

    private void importPaste() {
        ImportOptions options = pasteOptions();
        if (options == null) {
            return;
        }
        ImportResult result;
        try {
            result = importService.importText(text.getValue(), options);
        } catch (RuntimeException e) {
            refused(pasteError, e);
            return;
        }
        opened(result);
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
            Background.run(ui, () -> importService.importWebPage(typed, ImportOptions.NONE), (result, failure) -> {
                if (request == webRequest) {
                    webBusy(false, "");
                    if (failure != null) {
                        refused(webError, failure);
                    } else {
                        opened(result);
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
        webPreviewPanel.show(preview);
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
