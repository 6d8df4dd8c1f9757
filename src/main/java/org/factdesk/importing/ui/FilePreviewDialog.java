package org.factdesk.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.factdesk.common.ui.Notifications;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportService;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * One uploaded file as it would be stored. For a text file it names the encoding used and offers
 * others: choosing one reads the file again (nothing stored), so the user sees the umlauts come right
 * before importing. Import from here imports this file with the encoding shown.
 */
class FilePreviewDialog extends Dialog {

    /** Encodings German newsroom files come in; the one the file was read with is added when missing. */
    static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15",
            "UTF-16LE", "UTF-16BE", "IBM850", "x-MacRoman");

    private final ImportService importService;
    private final UploadSection.PendingFile file;
    private final Runnable onChanged;
    private final PreviewPanel panel = new PreviewPanel();
    private final Paragraph error = ImportView.errorLine("fd-file-preview-error");

    private final java.util.function.BiConsumer<ImportPreview, PreviewPanel> describe;

    /** @param describe adds what importing it as a new version does, after each showing of the preview */
    FilePreviewDialog(ImportService importService, UploadSection.PendingFile file, Runnable onChanged,
                      Runnable onImport, java.util.function.BiConsumer<ImportPreview, PreviewPanel> describe) {
        this.importService = importService;
        this.describe = describe;
        this.file = file;
        this.onChanged = onChanged;
        addClassName("fd-file-preview");
        setHeaderTitle(getTranslation("import.upload.previewOf", file.name));
        setWidth("min(60rem, 95vw)");
        setMaxHeight("90vh");

        ImportPreview preview = file.preview;
        if (preview.encoding() != null) {
            Select<String> encoding = new Select<>();
            encoding.setLabel(getTranslation("import.upload.encoding"));
            encoding.setHelperText(getTranslation("import.upload.encodingHelp"));
            encoding.addClassName("fd-preview-encoding");
            encoding.setWidth("26rem");
            List<String> choices = new ArrayList<>(ENCODINGS);
            String used = canonical(preview.encoding());
            if (!choices.contains(used)) {
                choices.addFirst(used);
            }
            encoding.setItems(choices);
            encoding.setValue(used);
            encoding.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    reread(e.getValue());
                }
            });
            add(encoding);
        }
        panel.show(preview);
        describe.accept(preview, panel);
        add(error, panel);

        Button close = new Button(getTranslation("import.upload.close"), e -> close());
        close.addClassName("fd-preview-close");
        Button importButton = new Button(getTranslation("import.import"), VaadinIcon.UPLOAD.create(), e -> {
            close();
            onImport.run();
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("fd-preview-import");
        getFooter().add(close, importButton);
    }

    /** Reads the file again with the chosen encoding; the row and a later import use it. */
    private void reread(String encoding) {
        try {
            ImportPreview again = importService.previewFile(file.name, file.mediaType, file.content,
                    new ImportOptions(null, encoding));
            file.previewed(again, encoding);
            panel.show(again);
            describe.accept(again, panel);
            error.setVisible(false);
            onChanged.run();
        } catch (RuntimeException e) {
            if (!Notifications.isRefusal(e)) {
                throw e;
            }
            error.setText(Notifications.reason(e));
            error.setVisible(true);
        }
    }

    /** The name Java gives the charset (e.g. "windows-1252"), as the select lists it. */
    private static String canonical(String name) {
        try {
            return Charset.forName(name).name();
        } catch (RuntimeException unknown) {
            return name;
        }
    }
}
