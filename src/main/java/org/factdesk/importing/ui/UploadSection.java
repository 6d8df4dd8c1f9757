package org.factdesk.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;
import org.factdesk.importing.ImportLimits;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ImportService;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.VersionComparison;
import org.factdesk.importing.VersionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files to import, picked or dropped, one or many. Each file is received (at most the per-file limit
 * is read; beyond it the file is refused), read and split for a preview, and listed with what it would
 * become; nothing is stored until the user presses Import. The preview of a file shows the encoding
 * its text was decoded with, and lets the user choose another before importing. Import then stores each
 * file in its own transaction (a ZIP gives a row per entry): imported, already there, or refused with
 * the reason. With an article picked as "new version of", the one file listed becomes its new version; a
 * file that looks like a new version of a stored article offers the choice in its row (ADR 0029).
 */
class UploadSection extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSection.class);
    private static final double MB = 1024.0 * 1024.0;

    private final ImportService importService;
    /** Null when no feature offers new versions. */
    private final NewVersionImport newVersions;
    private final java.util.function.Supplier<Optional<VersionTarget>> target;
    private final ImportLimits limits;
    private final Upload upload;
    private final Div rows = new Div();
    private final Button importAll = new Button();
    private final Button clear = new Button();
    private final Paragraph summary = new Paragraph();
    private final List<PendingFile> files = new ArrayList<>();
    /** The bytes held for files not yet imported, for the limit of one upload (all its files together). */
    private final AtomicLong held = new AtomicLong();
    private boolean importing;

    UploadSection(ImportService importService, NewVersionImport newVersions,
                  java.util.function.Supplier<Optional<VersionTarget>> target) {
        this.importService = importService;
        this.newVersions = newVersions;
        this.target = target;
        this.limits = importService.limits();
        addClassName("fd-upload");

        List<String> extensions = importService.fileExtensions();
        Paragraph intro = new Paragraph(getTranslation("import.upload.intro",
                String.join(", ", extensions.stream().map(e -> "." + e).toList()),
                limits.maxFileBytes() / MB, limits.maxUploadBytes() / MB));
        intro.addClassName("fd-import-intro");

        upload = new Upload((UploadHandler) this::receive);
        upload.addClassName("fd-upload-files");
        upload.setAcceptedFileTypes(extensions.stream().map(e -> "." + e).toArray(String[]::new));
        // A ZIP may be as large as the whole upload: the browser refuses beyond that before sending, the
        // server checks each file against its own limit (receive).
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes()));
        upload.setDropAllowed(true);
        upload.setWidthFull();
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> addRefused(e.getFileName(), e.getErrorMessage()));

        importAll.setIcon(VaadinIcon.UPLOAD.create());
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClassName("fd-upload-import");
        importAll.addClickListener(e -> importFiles(files.stream().filter(PendingFile::importable).toList()));
        clear.setText(getTranslation("import.upload.clear"));
        clear.addClassName("fd-upload-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> clearAll());
        summary.addClassName("fd-upload-summary");
        summary.getElement().setAttribute("role", "status");
        HorizontalLayout actions = new HorizontalLayout(importAll, clear, summary);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        rows.addClassName("fd-upload-rows");
        add(intro, upload, actions, rows);
        updateActions();
    }

    /**
     * Receives one file on the upload's request thread (not holding the UI lock): reads at most the
     * limit, previews it (reading and splitting may take a moment), then lists it in the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        String name = event.getFileName();
        String mediaType = event.getContentType();
        UI ui = event.getUI();
        PendingFile file = new PendingFile(name, mediaType, null);
        // What the browser announced is checked before reading; the reading counts again (it may lie).
        long declared = Math.max(0, event.getFileSize());
        try {
            importService.checkDeclaredSize(name, declared, held.get() + declared);
        } catch (ImportRefusedException refused) {
            Background.show(ui, () -> addRefused(name, refused.userMessage()));
            return;
        }
        byte[] bytes;
        try {
            bytes = importService.readUpload(name, event.getInputStream());
        } catch (ImportRefusedException refused) {
            Background.show(ui, () -> addRefused(name, refused.userMessage()));
            return;
        }
        if (held.addAndGet(bytes.length) > limits.maxUploadBytes()) {
            held.addAndGet(-bytes.length);
            Background.show(ui, () -> addRefused(name,
                    UserMessage.of("import.uploadTooLarge", limits.maxUploadBytes() / MB)));
            return;
        }
        file.content = bytes;
        if (!file.isZip()) {
            try {
                file.previewed(importService.previewFile(name, mediaType, bytes, ImportOptions.NONE), null);
                file.candidate = candidateFor(file.preview);
            } catch (RuntimeException e) {
                if (!(e instanceof HasUserMessage explained)) {
                    held.addAndGet(-bytes.length);
                    throw e;
                }
                file.refused(explained.userMessage());
                held.addAndGet(-file.release());
            }
        }
        Background.show(ui, () -> add(file));
    }

    private void add(PendingFile file) {
        files.add(file);
        rows.add(file.row);
        render(file);
        updateActions();
    }

    private void addRefused(String name, UserMessage reason) {
        PendingFile file = new PendingFile(name, null, null);
        file.refused(reason);
        add(file);
    }

    private void addRefused(String name, String reason) {
        PendingFile file = new PendingFile(name, null, null);
        file.refusedBecause(reason);
        add(file);
    }

    /** The stored article this file looks like a new version of, or null (also when that cannot be said). */
    private VersionTarget candidateFor(ImportPreview preview) {
        if (newVersions == null) {
            return null;
        }
        try {
            return newVersions.candidateFor(preview).orElse(null);
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage) {
                return null;
            }
            throw e;
        }
    }

    /** The picked "new version of" changed: rows say what importing them would now do. */
    void targetChanged() {
        files.forEach(this::render);
        updateActions();
    }

    void openPreview(PendingFile file) {
        new FilePreviewDialog(importService, file, () -> {
            file.candidate = candidateFor(file.preview);
            file.choice = null;
            render(file);
        }, () -> importFiles(List.of(file)), this::describeVersion).open();
    }

    /** In a preview: what importing the file as the picked article's new version does. */
    private void describeVersion(ImportPreview preview, PreviewPanel panel) {
        Optional<VersionTarget> picked = target.get();
        if (picked.isEmpty() || newVersions == null) {
            return;
        }
        try {
            panel.showVersion(newVersions.compare(picked.get().articleId(), preview));
        } catch (RuntimeException e) {
            if (!(e instanceof HasUserMessage explained)) {
                throw e;
            }
            Paragraph refused = ImportView.errorLine("fd-preview-version-refused");
            refused.setText(explained.userMessage().in(getLocale()));
            refused.setVisible(true);
            panel.addComponentAtIndex(Math.min(2, panel.getComponentCount()), refused);
        }
    }

    /** Imports the files on a background thread, each in its own transaction; rows update as each is done. */
    private void importFiles(List<PendingFile> listed) {
        if (listed.isEmpty() || importing) {
            return;
        }
        Optional<VersionTarget> picked = target.get();
        if (picked.isPresent() && (listed.size() != 1 || listed.getFirst().isZip())) {
            summary.setText(getTranslation("import.newVersion.oneFile"));
            return;
        }
        // A file that looks like a new version waits for the lead's choice in its row.
        List<PendingFile> chosen = new ArrayList<>();
        for (PendingFile file : listed) {
            file.asVersionOf = picked.orElse(null);
            if (file.asVersionOf == null && file.candidate != null && !file.isZip()) {
                CandidateChoice.Choice choice = file.choice == null ? null
                        : file.choice.chosenFor(file.candidate, file.preview.text());
                if (choice == null) {
                    file.mustChoose = true;
                    render(file);
                    continue;
                }
                file.asVersionOf = choice == CandidateChoice.Choice.NEW_VERSION ? file.candidate : null;
            }
            file.mustChoose = false;
            chosen.add(file);
        }
        if (chosen.isEmpty()) {
            return;
        }
        importing = true;
        chosen.forEach(PendingFile::importing);
        chosen.forEach(this::render);
        updateActions();
        UI ui = UI.getCurrent();
        Background.run(ui, () -> {
            for (PendingFile file : chosen) {
                if (file.asVersionOf != null) {
                    VersionTarget of = file.asVersionOf;
                    List<ImportResult> results;
                    VersionComparison version = null;
                    try {
                        version = newVersions.importAsNewVersion(of.articleId(), file.preview);
                        results = List.of(new ImportResult(file.name, ImportResult.Outcome.IMPORTED, version.article(),
                                version.title(), null));
                    } catch (RuntimeException e) {
                        if (!(e instanceof HasUserMessage explained)) {
                            throw e;
                        }
                        results = List.of(ImportResult.refused(file.name, explained.userMessage()));
                    }
                    List<ImportResult> done = results;
                    VersionComparison imported = version;
                    Background.show(ui, () -> {
                        held.addAndGet(-file.release());
                        file.version = imported;
                        file.done(done);
                        render(file);
                    });
                    continue;
                }
                List<ImportResult> results = importService.importFiles(file.name, file.mediaType, file.content,
                        new ImportOptions(null, file.encoding));
                Background.show(ui, () -> {
                    held.addAndGet(-file.release());
                    file.done(results);
                    render(file);
                });
            }
            return null;
        }, (nothing, failure) -> {
            importing = false;
            if (failure != null) {
                LOG.error("Import of uploaded files failed", failure);
                chosen.stream().filter(f -> f.state == State.IMPORTING).forEach(f -> {
                    f.refusedBecause(getTranslation("import.failed"));
                    render(f);
                });
            }
            updateActions();
        });
    }

    private void clearAll() {
        files.forEach(file -> held.addAndGet(-file.release()));
        files.clear();
        rows.removeAll();
        upload.clearFileList();
        updateActions();
    }

    private void updateActions() {
        long ready = files.stream().filter(PendingFile::importable).count();
        importAll.setText(ready == 0 ? getTranslation("import.import") : getTranslation("import.upload.importAll", ready));
        importAll.setEnabled(ready > 0 && !importing);
        clear.setEnabled(!files.isEmpty() && !importing);
        long imported = count(ImportResult.Outcome.IMPORTED);
        long already = count(ImportResult.Outcome.ALREADY_THERE);
        long refused = files.stream().filter(f -> f.state == State.REFUSED).count() + count(ImportResult.Outcome.REFUSED);
        summary.setText(files.isEmpty() ? "" : getTranslation("import.upload.summary", imported, already, refused));
    }

    private long count(ImportResult.Outcome outcome) {
        return files.stream().flatMap(f -> f.results.stream()).filter(r -> r.outcome() == outcome).count();
    }

    // --- one file's row --------------------------------------------------------------------------

    private void render(PendingFile file) {
        Div row = file.row;
        row.removeAll();
        row.getElement().setAttribute("data-state", file.state.name().toLowerCase(Locale.ROOT));
        Span name = new Span(file.name);
        name.addClassName("fd-upload-name");
        // A file that became one article says so on its own line; a ZIP lists its entries below.
        boolean single = file.results.size() == 1 && file.results.getFirst().input().equals(file.name);
        Span status = single ? resultLine(file.results.getFirst(), false) : new Span(status(file));
        status.addClassName("fd-upload-status");
        HorizontalLayout line = new HorizontalLayout(name, status);
        line.addClassName("fd-upload-line");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
        line.setFlexGrow(1, status);
        if (file.state == State.READY) {
            Button preview = new Button(getTranslation("import.upload.previewFile"), VaadinIcon.EYE.create(),
                    e -> openPreview(file));
            preview.addThemeVariants(ButtonVariant.LUMO_SMALL);
            preview.addClassName("fd-upload-preview");
            preview.setEnabled(!importing);
            line.add(preview);
        }
        if (file.state == State.READY || file.state == State.ZIP) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(file));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("import.upload.remove", file.name));
            remove.setTooltipText(getTranslation("import.upload.remove", file.name));
            remove.addClassName("fd-upload-remove");
            remove.setEnabled(!importing);
            line.add(remove);
        }
        row.add(line);
        if (file.state == State.READY) {
            versionLines(file, row);
        }
        if (file.state == State.READY && file.preview.replacementCharacters() > 0) {
            Paragraph warning = new Paragraph(getTranslation("import.preview.replacements",
                    file.preview.replacementCharacters(), file.preview.encoding()));
            warning.addClassName("fd-preview-replacements");
            row.add(warning);
        }
        if (!single) {
            for (ImportResult result : file.results) {
                row.add(resultLine(result, true));
            }
        }
    }

    /** What importing a ready file as a new version does, or the choice a candidate asks for. */
    private void versionLines(PendingFile file, Div row) {
        Optional<VersionTarget> picked = target.get();
        if (picked.isPresent() && newVersions != null) {
            Paragraph line = new Paragraph();
            line.addClassName("fd-preview-version");
            try {
                line.setText(PreviewPanel.versionCounts(this,
                        newVersions.compare(picked.get().articleId(), file.preview)));
            } catch (RuntimeException e) {
                if (!(e instanceof HasUserMessage explained)) {
                    throw e;
                }
                line.setText(explained.userMessage().in(getLocale()));
                line.addClassName("fd-import-error");
            }
            row.add(line);
        } else if (file.candidate != null) {
            if (file.choice == null) {
                file.choice = new CandidateChoice(file.candidate, file.preview.text());
            }
            row.add(file.choice);
            if (file.mustChoose) {
                Paragraph choose = ImportView.errorLine("fd-candidate-must-choose");
                choose.setText(getTranslation("import.candidate.choose"));
                choose.setVisible(true);
                row.add(choose);
            }
        }
    }

    private String status(PendingFile file) {
        return switch (file.state) {
            case READY -> {
                ImportPreview preview = file.preview;
                String counts = getTranslation("import.preview.counts", preview.blocks().size(), preview.sentenceCount());
                String text = getTranslation("import.upload.ready", preview.metadata().title(), counts);
                if (preview.encoding() != null) {
                    text += " · " + getTranslation("import.preview.encoding", preview.encoding());
                }
                if (preview.alreadyThere().isPresent()) {
                    text += " · " + getTranslation("import.upload.alreadyThereHint");
                }
                yield text;
            }
            case ZIP -> getTranslation("import.upload.zip");
            case IMPORTING -> getTranslation("import.upload.importing");
            case REFUSED -> getTranslation("import.result.refused", file.refusalText(getLocale()));
            case DONE -> "";
        };
    }

    private Span resultLine(ImportResult result, boolean withInput) {
        Span line = new Span();
        line.addClassName("fd-upload-result");
        line.getElement().setAttribute("data-outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        if (withInput) {
            Span input = new Span(result.input());
            input.addClassName("fd-upload-result-input");
            line.add(input);
        }
        switch (result.outcome()) {
            case IMPORTED -> line.add(new Span(getTranslation(versionOf(result) != null ? "import.result.newVersion"
                            : "import.result.imported", versionOf(result) == null ? 0 : versionOf(result).number()) + " "),
                    ArticleLinks.to(result.articleId(), result.title()));
            case ALREADY_THERE -> line.add(new Span(getTranslation("import.result.alreadyThere") + " "),
                    ArticleLinks.to(result.articleId(), result.title()));
            case REFUSED -> {
                Span reason = new Span(getTranslation("import.result.refused", result.refusal().in(getLocale())));
                reason.addClassName("fd-upload-reason");
                line.add(reason);
            }
        }
        return line;
    }

    /** The new version a result is, when its file was imported as one. */
    private VersionComparison versionOf(ImportResult result) {
        return files.stream().filter(f -> f.version != null && f.version.article().equals(result.articleId()))
                .map(f -> f.version).findFirst().orElse(null);
    }

    private void remove(PendingFile file) {
        held.addAndGet(-file.release());
        files.remove(file);
        rows.remove(file.row);
        updateActions();
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.addOne"))
                .setMany(getTranslation("import.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.dropOne"))
                .setMany(getTranslation("import.upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.fileIsTooBig"))
                .setIncorrectFileType(getTranslation("import.upload.incorrectFileType"))
                .setTooManyFiles(getTranslation("import.upload.tooManyFiles")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("import.upload.fileRemove"))
                .setRetry(getTranslation("import.upload.fileRetry")).setStart(getTranslation("import.upload.fileStart")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled"))
                        .setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                        .setForbidden(getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import.upload.fileIsTooBig"))));
        return i18n;
    }

    // --- state of one file -----------------------------------------------------------------------

    enum State { READY, ZIP, REFUSED, IMPORTING, DONE }

    /** One received file: its bytes until it is imported or removed, its preview, and what became of it. */
    static final class PendingFile {
        final String name;
        final String mediaType;
        byte[] content;
        final Div row = new Div();
        State state;
        ImportPreview preview;
        /** The encoding the user chose in the preview, or null (let the import decide, as the preview did). */
        String encoding;
        private UserMessage refusal;
        private String refusalText;
        List<ImportResult> results = List.of();
        /** The stored article this file looks like a new version of (same source or title), or null. */
        VersionTarget candidate;
        /** The lead's choice for the candidate, shown in the row; null until shown. */
        CandidateChoice choice;
        /** Set when an import waited for that choice. */
        boolean mustChoose;
        /** What the running import makes it the new version of, or null. */
        VersionTarget asVersionOf;
        /** The new version it became, once imported as one. */
        VersionComparison version;

        PendingFile(String name, String mediaType, byte[] content) {
            this.name = name;
            this.mediaType = mediaType;
            this.content = content;
            this.state = isZip() ? State.ZIP : State.READY;
            row.addClassName("fd-upload-row");
        }

        /** ZIPs are not previewed: each entry is read, and answered with a row of its own, on import. */
        boolean isZip() {
            return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
        }

        boolean importable() {
            return (state == State.READY || state == State.ZIP) && content != null;
        }

        void previewed(ImportPreview newPreview, String chosenEncoding) {
            preview = newPreview;
            encoding = chosenEncoding;
            state = State.READY;
        }

        void refused(UserMessage reason) {
            refusal = reason;
            state = State.REFUSED;
        }

        void refusedBecause(String reason) {
            refusalText = reason;
            state = State.REFUSED;
            release();
        }

        String refusalText(Locale locale) {
            return refusal != null ? refusal.in(locale) : refusalText;
        }

        void importing() {
            state = State.IMPORTING;
        }

        void done(List<ImportResult> imported) {
            results = List.copyOf(imported);
            state = State.DONE;
        }

        /** Lets go of the bytes; returns how many were held. */
        long release() {
            long size = content == null ? 0 : content.length;
            content = null;
            return size;
        }
    }
}
