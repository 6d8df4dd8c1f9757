package org.factdesk.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.common.TextLimits;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.HistoryOrigin;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Suggestion;
import org.factdesk.review.Verdict;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Side panel of the reader for one sentence: its open suggestion (with reasons, Accept and Dismiss)
 * and check-worthiness, verdict, note, evidence, and its history. Keeps the version the editor
 * started from, so a save after someone else's change is refused.
 */
class SentencePanel extends VerticalLayout {

    /** What the editor asks to store. */
    record SaveRequest(long sentenceId, int expectedVersion, Verdict verdict, String note, List<EvidenceItem> evidence) {
    }

    /** Adds to one history entry's line (e.g. undo's words, "restore this version"); {@code all}: the whole list. */
    interface HistoryDecorator {
        void decorate(HistoryEntry entry, List<HistoryEntry> all, Div item);
    }

    interface SaveHandler {
        /** Stores the request; returns the new state, or empty when it was refused (the handler says why). */
        Optional<SentenceVerdict> save(SaveRequest request);
    }

    private final H3 heading = new H3();
    private final Paragraph sentenceText = new Paragraph();
    private final Div suggestion = new Div();
    private final Div checkworthiness = new Div();
    private final BiConsumer<Long, ArticleTextElement.SuggestionAction> suggestionHandler;
    private final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final VerticalLayout evidenceRows = new VerticalLayout();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout history = new VerticalLayout();
    private final List<EvidenceRow> rows = new ArrayList<>();
    private final DateTimeFormatter timeFormat;

    private long sentenceId = -1;
    private int shownOrdinal;
    private int version;
    /** What is stored for the sentence shown (null: nothing yet): the panel has a draft when it differs. */
    private SentenceVerdict stored;
    private final Paragraph rangeLine = new Paragraph();
    private final Paragraph draftLine = new Paragraph();
    private final Paragraph readOnlyLine = new Paragraph();
    private final Div conflict = new Div();
    private final Button addEvidence;
    private final Button save;
    private final H4 evidenceHeading = new H4();
    private final H4 historyHeading = new H4();
    private final List<Button> suggestionButtons = new ArrayList<>();
    private List<Long> rangeIds = List.of();
    private String readOnlyReason;
    private java.util.function.Consumer<Verdict> rangeSaveHandler = verdict -> { };
    private java.util.function.Function<HistoryEntry, Optional<String>> originText = entry -> Optional.empty();
    private final List<HistoryDecorator> historyDecorators = new ArrayList<>();

    /** {@code suggestionHandler} accepts or dismisses the suggestion of the sentence shown (by id). */
    SentencePanel(SaveHandler saveHandler, Runnable closeHandler,
                  BiConsumer<Long, ArticleTextElement.SuggestionAction> suggestionHandler) {
        this.suggestionHandler = suggestionHandler;
        addClassName("fd-panel");
        setPadding(true);
        setSpacing(false);
        timeFormat = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());

        Button close = new Button(VaadinIcon.CLOSE.create(), e -> closeHandler.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("panel.close"));
        close.addClassName("fd-panel-close");
        HorizontalLayout top = new HorizontalLayout(heading, close);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.BASELINE);

        sentenceText.addClassName("fd-panel-sentence");
        suggestion.addClassName("fd-panel-suggestion");
        suggestion.setVisible(false);
        checkworthiness.addClassName("fd-panel-checkworthiness");
        checkworthiness.setVisible(false);

        verdict.setLabel(getTranslation("panel.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> VerdictLabels.symbolAndLabel(this, v));
        verdict.addClassName("fd-panel-verdict");

        note.setLabel(getTranslation("panel.note"));
        note.setMaxLength(TextLimits.MAX_NOTE_LENGTH);
        note.setWidthFull();
        note.setMinHeight("6em");
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + " / " + TextLimits.MAX_NOTE_LENGTH));
        note.addClassName("fd-panel-note");

        evidenceRows.setPadding(false);
        evidenceRows.addClassName("fd-evidence-rows");
        addEvidence = new Button(getTranslation("panel.addEvidence"), VaadinIcon.PLUS.create(),
                e -> addEvidenceRow(new EvidenceItem("", "", LocalDate.now())).url.focus());
        addEvidence.addClassName("fd-add-evidence");
        addEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);

        error.addClassName("fd-panel-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");

        save = new Button(getTranslation("panel.save"), e -> {
            if (isRange()) {
                rangeSaveHandler.accept(verdict.getValue());
            } else {
                saveNow();
            }
        });
        this.saveHandler = saveHandler;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        save.addClassName("fd-panel-save");
        Button cancel = new Button(getTranslation("panel.cancel"), e -> closeHandler.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);

        history.setPadding(false);
        history.setSpacing(false);
        history.addClassName("fd-history");

        rangeLine.addClassName("fd-panel-range-hint");
        rangeLine.setVisible(false);
        draftLine.addClassName("fd-panel-draft-restored");
        draftLine.getElement().setAttribute("role", "status");
        draftLine.setVisible(false);
        readOnlyLine.addClassName("fd-panel-read-only");
        readOnlyLine.setVisible(false);
        conflict.addClassName("fd-panel-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        evidenceHeading.setText(getTranslation("panel.evidence"));
        historyHeading.setText(getTranslation("panel.history"));
        add(top, readOnlyLine, sentenceText, rangeLine, draftLine, suggestion, checkworthiness, conflict, verdict,
                note, evidenceHeading, evidenceRows, addEvidence, error, new HorizontalLayout(save, cancel),
                historyHeading, history);
    }

    private final SaveHandler saveHandler;

    void show(ArticleTextElement.OpenRequest sentence, SentenceVerdict current, List<HistoryEntry> entries,
              Suggestion assistance) {
        follow(sentence, current, entries, assistance);
        // Move the keyboard into the panel: Tab walks verdict, note, evidence, Save.
        verdict.getElement().executeJs("(this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'))?.focus()");
    }

    /**
     * Shows this sentence, leaving the keyboard where it is: the selection moved with the panel open
     * and j/k must go on moving it.
     */
    void follow(ArticleTextElement.OpenRequest sentence, SentenceVerdict current, List<HistoryEntry> entries,
                Suggestion assistance) {
        sentenceId = sentence.sentenceId();
        shownOrdinal = sentence.ordinal();
        rangeIds = List.of();
        getElement().setAttribute("data-sentence-id", Long.toString(sentenceId));
        getElement().setAttribute("data-sentence-ordinal", Integer.toString(sentence.ordinal()));
        getElement().removeAttribute("data-range");
        heading.setText(getTranslation("panel.heading", sentence.ordinal()));
        sentenceText.setText(sentence.text());
        sentenceText.setVisible(true);
        rangeLine.setVisible(false);
        showSuggestion(assistance);
        fill(current);
        showHistory(entries);
        error.setVisible(false);
        setSingleSentenceFields(true);
    }

    /**
     * Shows a range of sentences ({@code from}–{@code to} by ordinal, {@code ids} in text order): a
     * verdict saved here goes to all of them; note and evidence belong to one sentence, so their
     * fields are off and the panel says why.
     */
    void showRange(int from, int to, List<Long> ids) {
        sentenceId = -1;
        shownOrdinal = 0;
        rangeIds = List.copyOf(ids);
        getElement().removeAttribute("data-sentence-id");
        getElement().removeAttribute("data-sentence-ordinal");
        getElement().setAttribute("data-range", from + "-" + to);
        heading.setText(getTranslation("panel.range", from, to));
        sentenceText.setVisible(false);
        rangeLine.setText(getTranslation("panel.rangeHint", ids.size()));
        rangeLine.setVisible(true);
        showSuggestion(null);
        fill(null);
        history.removeAll();
        error.setVisible(false);
        setSingleSentenceFields(false);
    }

    /**
     * The panel was opened (Enter) on one sentence of a selected range: it says that what is saved here is for
     * that sentence alone, and how to mark the whole range.
     */
    void showOneOfRange(int from, int to, int ordinal) {
        if (shownOrdinal != ordinal) {
            return;
        }
        rangeLine.setText(getTranslation("panel.oneOfRange", from, to, ordinal));
        rangeLine.setVisible(true);
    }

    /** The ordinal of the sentence shown (0 for a range). */
    int shownOrdinal() {
        return shownOrdinal;
    }

    /** Back into the panel after "stay": to the note, where the draft is. */
    void focusNote() {
        if (!isRange()) {
            note.focus();
        }
    }

    /** The sentence is shown already: preselect a verdict asked for (null: none), keyboard into the panel. */
    void preselectFocus(Verdict wanted) {
        if (wanted != null) {
            preselect(wanted);
        } else {
            note.focus();
        }
    }

    boolean isRange() {
        return !rangeIds.isEmpty();
    }

    /** The sentences of the range shown (empty when one sentence is shown). */
    List<Long> rangeIds() {
        return rangeIds;
    }

    /** What saving a range applies to the sentences: the chosen verdict (null clears). */
    void onRangeSave(java.util.function.Consumer<Verdict> handler) {
        rangeSaveHandler = handler;
    }

    private void setSingleSentenceFields(boolean single) {
        boolean editable = readOnlyReason == null;
        note.setEnabled(single);
        note.setReadOnly(!editable);
        rows.forEach(row -> row.setEditable(single && editable));
        addEvidence.setVisible(single && editable);
        evidenceHeading.setVisible(single);
        evidenceRows.setVisible(single);
        historyHeading.setVisible(single);
        history.setVisible(single);
        draftLine.setVisible(false);
        conflict.setVisible(false);
    }

    /**
     * Read only (the reason in one line, null: editable): no field takes input and no button
     * changes anything; the service refuses such changes anyway.
     */
    void setReadOnly(String reason) {
        readOnlyReason = reason;
        readOnlyLine.setText(reason == null ? "" : reason);
        readOnlyLine.setVisible(reason != null);
        boolean editable = reason == null;
        verdict.setReadOnly(!editable);
        note.setReadOnly(!editable);
        rows.forEach(row -> row.setEditable(editable && !isRange()));
        addEvidence.setVisible(editable && !isRange());
        save.setVisible(editable);
        suggestionButtons.forEach(button -> button.setEnabled(editable));
        if (reason != null) {
            getElement().setAttribute("data-read-only", "");
        } else {
            getElement().removeAttribute("data-read-only");
        }
    }

    /** Whether note, evidence or verdict differ from what is stored for the sentence shown. */
    boolean hasDraft() {
        if (isRange() || sentenceId < 0) {
            return false;
        }
        Verdict storedVerdict = stored == null ? null : stored.verdict();
        return !currentDraft().equals(PanelDraft.of(stored)) || verdict.getValue() != storedVerdict;
    }

    /** Note and evidence as typed now. */
    PanelDraft currentDraft() {
        return new PanelDraft(note.getValue(), request().evidence());
    }

    /** The stored note and evidence of the sentence shown, as the browser compares them with the fields. */
    String storedJson() {
        return PanelDraft.of(stored).toJson();
    }

    /** Saves what the panel holds for its sentence; false when refused (the panel then says why). */
    boolean saveNow() {
        error.setVisible(false);
        Optional<SentenceVerdict> saved = saveHandler.save(request());
        saved.ifPresent(this::showSaved);
        return saved.isPresent();
    }

    /** Back to what is stored: the typed note and evidence are gone. */
    void discardDraft() {
        fill(stored);
    }

    /** Puts a draft the browser kept (e.g. across a reload) into the fields, and says so. */
    void restoreDraft(PanelDraft draft) {
        note.setValue(draft.note());
        evidenceRows.removeAll();
        rows.clear();
        draft.evidence().forEach(this::addEvidenceRow);
        draftLine.setText(getTranslation("panel.draftRestored"));
        draftLine.setVisible(true);
    }

    /**
     * A colleague changed the sentence before this save: shows their verdict, note and evidence above
     * the fields, which keep what this editor typed, and continues from the version stored now, so the
     * merged text can be saved again.
     */
    void showConflict(SentenceVerdict current) {
        stored = current;
        version = current == null ? 0 : current.version();
        conflict.removeAll();
        if (current == null) {
            conflict.setVisible(false);
            return;
        }
        Span who = new Span(getTranslation("panel.conflict.heading",
                current.setByDisplayName() == null ? "—" : current.setByDisplayName()));
        who.addClassName("fd-conflict-who");
        Div theirVerdict = new Div(new Span(getTranslation("panel.conflict.verdict",
                VerdictLabels.symbolAndLabel(this, current.verdict()))));
        theirVerdict.addClassName("fd-conflict-verdict");
        Div theirNote = new Div(new Span(getTranslation("panel.conflict.note",
                current.note() == null || current.note().isBlank() ? getTranslation("panel.conflict.noNote")
                        : current.note())));
        theirNote.addClassName("fd-conflict-note");
        conflict.add(who, theirVerdict, theirNote);
        if (!current.evidence().isEmpty()) {
            Div theirEvidence = new Div(new Span(getTranslation("panel.conflict.evidence",
                    String.join(", ", current.evidence().stream().map(EvidenceItem::url).toList()))));
            theirEvidence.addClassName("fd-conflict-evidence");
            conflict.add(theirEvidence);
        }
        Div yours = new Div(new Span(getTranslation("panel.conflict.yours")));
        yours.addClassName("fd-conflict-yours");
        Button useTheirs = new Button(getTranslation("panel.conflict.useTheirs"), e -> fill(stored));
        useTheirs.addThemeVariants(ButtonVariant.LUMO_SMALL);
        useTheirs.addClassName("fd-conflict-use-theirs");
        conflict.add(yours, useTheirs);
        conflict.setVisible(true);
    }

    /**
     * The editor's own mark (a key, the toolbar) changed the sentence shown: without a draft the
     * panel shows the new state; with one it keeps the draft and continues from the new version,
     * so the editor's next save is not refused as a conflict with themselves.
     */
    void storedChanged(SentenceVerdict now) {
        if (isRange() || now.sentenceId() != sentenceId) {
            return;
        }
        if (!hasDraft()) {
            fill(now);
        } else {
            stored = now;
            version = now.version();
            verdict.setValue(now.verdict());
        }
    }

    long sentenceId() {
        return sentenceId;
    }

    /**
     * The assistance for the sentence shown (null: none): an open suggestion with its reasons in words
     * and the buttons to accept or dismiss it; the check-worthiness with its reasons when it has a score.
     */
    void showSuggestion(Suggestion assistance) {
        suggestion.removeAll();
        Verdict proposed = ArticleTextElement.openSuggestion(assistance);
        suggestion.setVisible(proposed != null);
        if (proposed != null) {
            suggestion.getElement().setAttribute("data-suggestion", proposed.key());
            Span what = new Span(getTranslation("panel.suggested", VerdictLabels.symbolAndLabel(this, proposed)));
            what.addClassName("fd-panel-suggested");
            suggestion.add(what);
            if (!assistance.reasons().isEmpty()) {
                Div reasons = new Div(new Span(getTranslation("panel.reasons",
                        ReasonLabels.words(this, assistance.reasons()))));
                reasons.addClassName("fd-panel-suggestion-reasons");
                suggestion.add(reasons);
            }
            Button accept = new Button(getTranslation("panel.acceptSuggestion"), VaadinIcon.CHECK.create(),
                    e -> suggestionHandler.accept(sentenceId, ArticleTextElement.SuggestionAction.ACCEPT));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("fd-panel-accept");
            accept.setTooltipText(getTranslation("panel.acceptSuggestion.tooltip", ArticleTextElement.ACCEPT_SHORTCUT));
            Button dismiss = new Button(getTranslation("panel.dismissSuggestion"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> suggestionHandler.accept(sentenceId, ArticleTextElement.SuggestionAction.DISMISS));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            dismiss.addClassName("fd-panel-dismiss");
            dismiss.setTooltipText(getTranslation("panel.dismissSuggestion.tooltip",
                    ArticleTextElement.DISMISS_SHORTCUT));
            suggestionButtons.clear();
            suggestionButtons.add(accept);
            suggestionButtons.add(dismiss);
            suggestionButtons.forEach(button -> button.setEnabled(readOnlyReason == null));
            HorizontalLayout buttons = new HorizontalLayout(accept, dismiss);
            buttons.setSpacing(true);
            suggestion.add(buttons);
        }
        checkworthiness.removeAll();
        boolean scored = assistance != null
                && (assistance.checkworthiness() > 0 || !assistance.checkworthinessReasons().isEmpty());
        checkworthiness.setVisible(scored);
        if (scored) {
            Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
            Span score = new Span(getTranslation(assistance.isCheckWorthy() ? "panel.checkworthy" : "panel.checkworthiness",
                    String.format(locale, "%.2f", assistance.checkworthiness())));
            score.addClassName("fd-panel-score");
            checkworthiness.add(score);
            if (!assistance.checkworthinessReasons().isEmpty()) {
                Div reasons = new Div(new Span(getTranslation("panel.reasons",
                        ReasonLabels.words(this, assistance.checkworthinessReasons()))));
                reasons.addClassName("fd-panel-checkworthiness-reasons");
                checkworthiness.add(reasons);
            }
        }
    }

    /** Shows the related sentences below the sentence's text; they also word the history's adopted changes. */
    void addSection(RelatedSentencesSection related) {
        // Above a conflict's colleague version, so that it stands right next to the fields it is merged into.
        addComponentAtIndex(indexOf(conflict), related);
        originText = related::describeOrigin;
    }

    /** Adds a section right below the sentence's text (what a new version carried into it, ADR 0029). */
    void addBelowSentence(com.vaadin.flow.component.Component section) {
        addComponentAtIndex(indexOf(sentenceText) + 1, section);
    }

    void preselect(Verdict wanted) {
        verdict.setValue(wanted);
        note.focus();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void showHistory(List<HistoryEntry> entries) {
        history.removeAll();
        if (entries.isEmpty()) {
            history.add(new Span(getTranslation("panel.noHistory")));
        }
        for (HistoryEntry entry : entries) {
            Div item = new Div();
            item.addClassName("fd-history-entry");
            item.add(new Span(timeFormat.format(entry.at()) + " · " + entry.byDisplayName() + ": "
                    + VerdictLabels.symbolAndLabel(this, entry.from()) + " → "
                    + VerdictLabels.symbolAndLabel(this, entry.to())));
            HistoryOrigin.parse(entry.origin()).ifPresent(origin -> {
                if (origin instanceof HistoryOrigin.AcceptedSuggestion accepted) {
                    Div why = new Div(new Span(accepted.reasons().isEmpty()
                            ? getTranslation("panel.history.acceptedSuggestionPlain")
                            : getTranslation("panel.history.acceptedSuggestion",
                                    ReasonLabels.words(this, accepted.reasons()))));
                    why.addClassName("fd-history-origin");
                    item.add(why);
                }
            });
            if (!java.util.Objects.equals(entry.fromNote(), entry.toNote())) {
                Div noteChange = new Div(new Span(getTranslation("panel.noteChanged",
                        entry.toNote() == null ? "—" : entry.toNote())));
                noteChange.addClassName("fd-history-note");
                item.add(noteChange);
            }
            if (entry.evidenceSummary() != null) {
                Div evidenceChange = new Div(new Span(getTranslation("panel.evidenceChanged",
                        entry.evidenceSummary().isEmpty() ? "—" : entry.evidenceSummary())));
                evidenceChange.addClassName("fd-history-evidence");
                item.add(evidenceChange);
            }
            originText.apply(entry).map(origin -> new Div(new Span(origin))).ifPresent(origin -> {
                origin.addClassName("fd-history-origin");
                item.add(origin);
            });
            historyDecorators.forEach(decorator -> decorator.decorate(entry, entries, item));
            history.add(item);
        }
    }

    void addHistoryDecorator(HistoryDecorator decorator) {
        historyDecorators.add(decorator);
    }

    /** The version the panel continues from (what a save or restore expects as stored). */
    int shownVersion() {
        return version;
    }

    private void showSaved(SentenceVerdict saved) {
        version = saved.version();
        stored = saved;
        conflict.setVisible(false);
        draftLine.setVisible(false);
    }

    /** Shows the stored state, e.g. after a conflict, and continues from its version. */
    void fill(SentenceVerdict current) {
        stored = current;
        conflict.setVisible(false);
        draftLine.setVisible(false);
        version = current == null ? 0 : current.version();
        verdict.setValue(current == null ? null : current.verdict());
        note.setValue(current == null || current.note() == null ? "" : current.note());
        evidenceRows.removeAll();
        rows.clear();
        if (current != null) {
            current.evidence().forEach(this::addEvidenceRow);
        }
    }

    private SaveRequest request() {
        List<EvidenceItem> evidence = rows.stream()
                .filter(row -> !row.url.getValue().isBlank() || !row.quote.getValue().isBlank())
                .map(row -> new EvidenceItem(row.url.getValue().strip(), row.quote.getValue(), row.accessed.getValue()))
                .toList();
        return new SaveRequest(sentenceId, version, verdict.getValue(), note.getValue(), evidence);
    }

    private EvidenceRow addEvidenceRow(EvidenceItem item) {
        EvidenceRow row = new EvidenceRow(item);
        row.setEditable(readOnlyReason == null && !isRange());
        rows.add(row);
        evidenceRows.add(row);
        return row;
    }

    /** One evidence item: source URL, quoted passage, access date (today by default). */
    private final class EvidenceRow extends VerticalLayout {
        final TextField url = new TextField(getTranslation("panel.evidenceUrl"));
        final TextArea quote = new TextArea(getTranslation("panel.evidenceQuote"));
        final DatePicker accessed = org.factdesk.common.ui.DatePickers.localized(
                new DatePicker(getTranslation("panel.evidenceAccessed")));
        private final Button remove;

        void setEditable(boolean editable) {
            url.setReadOnly(!editable);
            quote.setReadOnly(!editable);
            accessed.setReadOnly(!editable);
            remove.setVisible(editable);
        }

        EvidenceRow(EvidenceItem item) {
            addClassName("fd-evidence-row");
            setPadding(false);
            setSpacing(false);
            url.setValue(item.url() == null ? "" : item.url());
            // Synced as typed: the server must know of a draft when the editor moves on or leaves.
            url.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            quote.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            url.setPlaceholder("https://");
            url.setWidthFull();
            url.addClassName("fd-evidence-url");
            quote.setValue(item.quote() == null ? "" : item.quote());
            quote.setWidthFull();
            quote.setMaxLength(TextLimits.MAX_NOTE_LENGTH);
            quote.addClassName("fd-evidence-quote");
            accessed.setValue(item.accessedOn() == null ? LocalDate.now() : item.accessedOn());
            accessed.setLocale(getLocale());
            remove = new Button(getTranslation("panel.removeEvidence"), VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                evidenceRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout bottom = new HorizontalLayout(accessed, remove);
            bottom.setAlignItems(Alignment.BASELINE);
            add(url, quote, bottom);
        }
    }
}
