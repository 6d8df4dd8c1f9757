package org.factdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.factdesk.article.ArticleId;
import org.factdesk.common.ui.ArticleExportDialog;
import org.factdesk.report.ReportService;
import org.factdesk.report.ReportWriter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The export dialog of one article: a download per format of the registry; the PDF's labels in German or English. */
@Component
class ExportDialog implements ArticleExportDialog {

    private static final List<Locale> PDF_LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final ReportService reportService;
    private final org.factdesk.revision.DifferenceService differences;

    ExportDialog(ReportService reportService, org.factdesk.revision.DifferenceService differences) {
        this.reportService = reportService;
        this.differences = differences;
    }

    @Override
    public void open(long articleId, String articleTitle) {
        ArticleId id = new ArticleId(articleId);
        Dialog dialog = new Dialog();
        dialog.addClassName("fd-export-dialog");
        // Wide enough for a format's name and its hint on one line each, never wider than the window.
        dialog.setWidth("min(40rem, 95vw)");
        dialog.setHeaderTitle(dialog.getTranslation("export.title", articleTitle));

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(dialog.getTranslation("export.pdf-language"));
        language.addClassName("fd-export-language");
        language.setItems(PDF_LANGUAGES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        Locale uiLocale = UI.getCurrent().getLocale();
        language.setValue(uiLocale != null && uiLocale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.GERMAN);
        // Read when the browser asks for the file, outside the UI lock: keep a copy that is safe to read then.
        Locale[] pdfLanguage = {language.getValue()};
        language.addValueChangeListener(e -> pdfLanguage[0] = e.getValue());
        com.vaadin.flow.component.checkbox.Checkbox withDiscussion =
                new com.vaadin.flow.component.checkbox.Checkbox(dialog.getTranslation("export.pdf-discussion"), true);
        withDiscussion.addClassName("fd-export-discussion");
        boolean[] pdfDiscussion = {true};
        withDiscussion.addValueChangeListener(e -> pdfDiscussion[0] = e.getValue());
        // Only for a later version with an approved one before it (ADR 0029): what changed since then.
        com.vaadin.flow.component.checkbox.Checkbox withChanges =
                new com.vaadin.flow.component.checkbox.Checkbox(dialog.getTranslation("export.pdf-changes"), true);
        withChanges.addClassName("fd-export-changes");
        withChanges.setVisible(differences.lastApprovedBefore(id).isPresent());
        boolean[] pdfChanges = {true};
        withChanges.addValueChangeListener(e -> pdfChanges[0] = e.getValue());

        Div formats = new Div();
        formats.addClassName("fd-export-formats");
        Locale labels = uiLocale == null ? Locale.ENGLISH : uiLocale;
        for (ReportWriter format : reportService.formats()) {
            formats.add(option(id, articleTitle, format, labels, () -> pdfLanguage[0], () -> pdfDiscussion[0],
                    () -> pdfChanges[0]));
        }

        dialog.add(new Paragraph(dialog.getTranslation("export.intro")), language, withDiscussion, withChanges, formats);
        Button close = new Button(dialog.getTranslation("export.close"), e -> dialog.close());
        close.addClassName("fd-export-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Div option(ArticleId id, String title, ReportWriter format, Locale labels,
                       java.util.function.Supplier<Locale> pdfLanguage,
                       java.util.function.BooleanSupplier pdfDiscussion,
                       java.util.function.BooleanSupplier pdfChanges) {
        Anchor download = new Anchor(ReportDownloads.streaming(
                () -> reportService.fileName(id, title, format), format.mediaType(),
                out -> reportService.writeArticle(id, format, pdfLanguage.get(), pdfDiscussion.getAsBoolean(),
                        pdfChanges.getAsBoolean(), out)), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(format.label(labels)));
        download.addClassName("fd-export-" + format.id());
        Span hint = new Span(format.hint(labels));
        hint.addClassName("fd-export-hint");
        Div option = new Div(download, hint);
        option.addClassName("fd-export-option");
        return option;
    }
}
