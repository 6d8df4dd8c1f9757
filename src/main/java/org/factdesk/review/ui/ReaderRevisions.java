package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.factdesk.article.ArticleId;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.review.ReaderVersions;
import org.factdesk.review.ReaderVersions.CarriedMark;
import org.factdesk.review.ReaderVersions.Version;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader's part of revisions (issue 15, ADR 0029): the version picker, the banner of an older
 * version ("older version — go to the current one"), the link to the differences view, the
 * {@code data-carried} marks on sentences whose review came from the version before with other words,
 * and the side panel's section with the previous text and review and the button to confirm a carried
 * verdict. Kept apart from {@link ArticleReaderView}, which only hands it the pieces; without a
 * {@link ReaderVersions} implementation (no revision feature) it shows nothing.
 */
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ReaderRevisions {

    private final ObjectProvider<ReaderVersions> source;
    private final Div bar = new Div();
    private final Div section = new Div();

    private ArticleId articleId;
    private ArticleTextElement text;
    private List<Version> versions = List.of();
    private Map<Long, CarriedMark> marks = Map.of();
    private long shownSentence = -1;
    private boolean readOnly;

    ReaderRevisions(ObjectProvider<ReaderVersions> source) {
        this.source = source;
        bar.addClassName("fd-version-bar");
        section.addClassName("fd-panel-carried");
        section.setVisible(false);
    }

    /** Above the article's title: picker, banner, differences link (empty for an article with one version). */
    Component bar() {
        return bar;
    }

    /** The side panel's section on the sentence shown: what it carried from the version before. */
    Component panelSection() {
        return section;
    }

    /** Starts on this article (the view is reused from article to article): versions, marks, keys. */
    void start(Component reader, ArticleId article, ArticleTextElement element) {
        articleId = article;
        text = element;
        shownSentence = -1;
        section.setVisible(false);
        ReaderVersions versionSource = source.getIfAvailable();
        versions = versionSource == null ? List.of() : versionSource.versionsOf(article);
        marks = versionSource == null ? Map.of() : new HashMap<>(versionSource.carriedMarks(article));
        showBar(reader);
        element.setRevisionKeys(reader.getTranslation("revread.noCarry", ArticleTextElement.CONFIRM_CARRIED_SHORTCUT));
        Map<Long, String> kinds = new HashMap<>();
        marks.forEach((id, mark) -> kinds.put(id, mark.attribute()));
        element.setCarried(kinds, true);
    }

    /** This article as one of its versions, or empty (unknown, or no revision feature). */
    Optional<Version> current() {
        return versions.stream().filter(v -> v.articleId().equals(articleId)).findFirst();
    }

    /** Whether the reader shows an older version (a newer one took the review over). */
    boolean isOlderVersion() {
        return current().filter(v -> !v.newest()).isPresent();
    }

    /** Whether any sentence still waits for its carried verdict to be confirmed. */
    boolean hasCarriedMarks() {
        return marks.values().stream().anyMatch(mark -> !mark.attribute().isEmpty());
    }

    /** The panel's buttons follow the reader: none while it reads only. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (shownSentence >= 0) {
            showSentence(shownSentence);
        }
    }

    /** Confirms through the source; the caller answers the element (refusals are thrown as the service throws them). */
    void confirm(Collection<Long> sentenceIds) {
        source.getObject().confirmCarried(articleId, sentenceIds);
        refreshMarks(sentenceIds);
    }

    /**
     * Verdicts of these sentences changed (here or in another browser, e.g. a colleague confirmed one):
     * their marks are read again when one of them was waiting.
     */
    void refreshMarks(Collection<Long> sentenceIds) {
        ReaderVersions versionSource = source.getIfAvailable();
        if (versionSource == null || sentenceIds.stream().noneMatch(marks::containsKey)) {
            return;
        }
        Map<Long, CarriedMark> now = versionSource.carriedMarks(articleId);
        Map<Long, String> kinds = new HashMap<>();
        for (long id : sentenceIds) {
            CarriedMark mark = now.get(id);
            if (marks.containsKey(id)) {
                kinds.put(id, mark == null ? "" : mark.attribute());
            }
        }
        marks = new HashMap<>(now);
        text.setCarried(kinds, false);
        if (sentenceIds.contains(shownSentence)) {
            showSentence(shownSentence);
        }
    }

    /** The panel shows this sentence: the section says what it carried, when it came changed from the version before. */
    void showSentence(long sentenceId) {
        shownSentence = sentenceId;
        section.removeAll();
        CarriedMark mark = marks.get(sentenceId);
        if (mark == null) {
            section.setVisible(false);
            section.getElement().removeAttribute("data-carried");
            return;
        }
        section.setVisible(true);
        section.getElement().setAttribute("data-carried", mark.kind());
        boolean substance = CarriedMark.SUBSTANCE.equals(mark.kind());
        Paragraph heading = new Paragraph();
        heading.addClassName("fd-carried-heading");
        if (substance) {
            heading.setText(section.getTranslation("revread.panel.substance"));
        } else if (mark.toConfirm()) {
            heading.setText(section.getTranslation("revread.panel.changed"));
        } else {
            heading.setText(section.getTranslation("revread.panel.confirmed", mark.confirmedBy(),
                    times().format(mark.confirmedAt())));
        }
        section.add(heading);
        if (!mark.differences().isEmpty()) {
            Paragraph why = new Paragraph(section.getTranslation("revread.panel.differences",
                    String.join("; ", mark.differences())));
            why.addClassName("fd-carried-differences");
            section.add(why);
        }
        if (!mark.previousTexts().isEmpty()) {
            Span label = new Span(section.getTranslation("revread.panel.previousText"));
            label.addClassName("fd-carried-label");
            Paragraph previous = new Paragraph(String.join(" ", mark.previousTexts()));
            previous.addClassName("fd-carried-previous-text");
            section.add(label, previous);
        }
        if (substance) {
            // The earlier review is context only: the sentence is to be reviewed again.
            Paragraph verdict = new Paragraph(section.getTranslation("revread.panel.previousVerdict",
                    VerdictLabels.symbolAndLabel(section, mark.previousVerdict())));
            verdict.addClassName("fd-carried-previous-verdict");
            section.add(verdict);
            if (mark.previousNote() != null && !mark.previousNote().isBlank()) {
                Paragraph note = new Paragraph(section.getTranslation("revread.panel.previousNote", mark.previousNote()));
                note.addClassName("fd-carried-previous-note");
                section.add(note);
            }
        }
        if (mark.toConfirm() && !readOnly) {
            Button confirm = new Button(section.getTranslation("revread.panel.confirm",
                    ArticleTextElement.CONFIRM_CARRIED_SHORTCUT), VaadinIcon.CHECK_CIRCLE_O.create(),
                    e -> text.confirmCarried(sentenceId));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            confirm.addClassName("fd-confirm-carried");
            section.add(confirm);
        }
    }

    /**
     * Words for the history rows revisions write: the review carried from the version before (text the same,
     * or changed) and the confirmation of a carried verdict.
     */
    SentencePanel.HistoryDecorator historyWords() {
        return (entry, all, item) -> org.factdesk.review.HistoryOrigin.parse(entry.origin()).map(origin -> switch (origin) {
            case org.factdesk.review.HistoryOrigin.Carried carried -> item.getTranslation(
                    CarriedMark.CHANGED.equals(carried.kind()) ? "revread.history.carriedChanged" : "revread.history.carried");
            case org.factdesk.review.HistoryOrigin.ConfirmedCarry confirmed -> item.getTranslation("revread.history.confirmed");
            default -> null;
        }).ifPresent(words -> {
            Div why = new Div(new Span(words));
            why.addClassName("fd-history-origin");
            why.addClassName("fd-history-carry");
            item.add(why);
        });
    }

    /** A range in the panel: the section belongs to one sentence. */
    void hideSentence() {
        shownSentence = -1;
        section.setVisible(false);
    }

    private void showBar(Component reader) {
        bar.removeAll();
        Optional<Version> here = current();
        bar.setVisible(versions.size() > 1 && here.isPresent());
        if (!bar.isVisible()) {
            return;
        }
        Version shown = here.get();
        Version newest = versions.getLast();
        DateTimeFormatter format = times();
        Select<Version> picker = new Select<>();
        picker.addClassName("fd-version-picker");
        picker.setLabel(reader.getTranslation("revread.version.label"));
        picker.setItems(versions);
        picker.setItemLabelGenerator(v -> reader.getTranslation(v.newest() ? "revread.version.newest" : "revread.version.item",
                v.number(), format.format(v.createdAt())));
        picker.setValue(shown);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(shown)) {
                picker.getUI().ifPresent(ui -> ui.navigate("article/" + e.getValue().articleId().value()));
            }
        });
        bar.add(picker);
        if (shown.number() > 1) {
            Anchor differences = new Anchor("changes/" + shown.articleId().value(),
                    reader.getTranslation("revread.differences", shown.number() - 1));
            differences.getElement().setAttribute("router-link", true);
            differences.addClassName("fd-differences-link");
            bar.add(differences);
        }
        if (!shown.newest()) {
            Div banner = new Div();
            banner.addClassName("fd-older-version");
            banner.getElement().setAttribute("role", "status");
            Span words = new Span(reader.getTranslation("revread.older.banner", shown.number(), newest.number(),
                    format.format(newest.createdAt())));
            Anchor current = new Anchor("article/" + newest.articleId().value(),
                    reader.getTranslation("revread.older.goCurrent"));
            current.getElement().setAttribute("router-link", true);
            current.addClassName("fd-go-current");
            banner.add(words, current);
            bar.add(banner);
        }
    }

    private static DateTimeFormatter times() {
        UI ui = UI.getCurrent();
        return BrowserTimeZone.dateTimeFormatter(ui, ui.getLocale());
    }
}
