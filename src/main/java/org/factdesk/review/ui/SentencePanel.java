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

    private long sentenceId;
    private int version;
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
        Button addEvidence = new Button(getTranslation("panel.addEvidence"), VaadinIcon.PLUS.create(),
                e -> addEvidenceRow(new EvidenceItem("", "", LocalDate.now())).url.focus());
        addEvidence.addClassName("fd-add-evidence");
        addEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);

        error.addClassName("fd-panel-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");

        Button save = new Button(getTranslation("panel.save"), e -> {
            error.setVisible(false);
            saveHandler.save(request()).ifPresent(this::showSaved);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        save.addClassName("fd-panel-save");
        Button cancel = new Button(getTranslation("panel.cancel"), e -> closeHandler.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);

        history.setPadding(false);
        history.setSpacing(false);
        history.addClassName("fd-history");

        add(top, sentenceText, suggestion, checkworthiness, verdict, note, new H4(getTranslation("panel.evidence")), evidenceRows, addEvidence,
                error, new HorizontalLayout(save, cancel), new H4(getTranslation("panel.history")), history);
    }

    void show(ArticleTextElement.OpenRequest sentence, SentenceVerdict current, List<HistoryEntry> entries,
              Suggestion assistance) {
        sentenceId = sentence.sentenceId();
        heading.setText(getTranslation("panel.heading", sentence.ordinal()));
        sentenceText.setText(sentence.text());
        showSuggestion(assistance);
        fill(current);
        showHistory(entries);
        error.setVisible(false);
        // Move the keyboard into the panel: Tab walks verdict, note, evidence, Save.
        verdict.getElement().executeJs("(this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'))?.focus()");
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
        addComponentAtIndex(indexOf(verdict), related);
        originText = related::describeOrigin;
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
    }

    /** Shows the stored state, e.g. after a conflict, and continues from its version. */
    void fill(SentenceVerdict current) {
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
        rows.add(row);
        evidenceRows.add(row);
        return row;
    }

    /** One evidence item: source URL, quoted passage, access date (today by default). */
    private final class EvidenceRow extends VerticalLayout {
        final TextField url = new TextField(getTranslation("panel.evidenceUrl"));
        final TextArea quote = new TextArea(getTranslation("panel.evidenceQuote"));
        final DatePicker accessed = new DatePicker(getTranslation("panel.evidenceAccessed"));

        EvidenceRow(EvidenceItem item) {
            addClassName("fd-evidence-row");
            setPadding(false);
            setSpacing(false);
            url.setValue(item.url() == null ? "" : item.url());
            url.setPlaceholder("https://");
            url.setWidthFull();
            url.addClassName("fd-evidence-url");
            quote.setValue(item.quote() == null ? "" : item.quote());
            quote.setWidthFull();
            quote.setMaxLength(TextLimits.MAX_NOTE_LENGTH);
            quote.addClassName("fd-evidence-quote");
            accessed.setValue(item.accessedOn() == null ? LocalDate.now() : item.accessedOn());
            accessed.setLocale(getLocale());
            Button remove = new Button(getTranslation("panel.removeEvidence"), VaadinIcon.TRASH.create(), e -> {
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
