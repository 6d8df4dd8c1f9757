package org.factdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.HistoryOrigin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds to each history entry of the side panel what undo and restore need (ADR 0027): the words for an
 * undo, redo or restore ("restored the version of …"), and on every earlier version "Restore this version".
 */
final class HistoryActions implements SentencePanel.HistoryDecorator {

    private final SentencePanel panel;
    private final Consumer<HistoryEntry> onRestore;
    private final java.util.function.BooleanSupplier mayChange;

    HistoryActions(SentencePanel panel, java.util.function.BooleanSupplier mayChange,
                   Consumer<HistoryEntry> onRestore) {
        this.panel = panel;
        this.mayChange = mayChange;
        this.onRestore = onRestore;
    }

    @Override
    public void decorate(HistoryEntry entry, List<HistoryEntry> all, Div item) {
        item.getElement().setAttribute("data-version", Integer.toString(entry.version()));
        HistoryOrigin.parse(entry.origin()).flatMap(origin -> words(origin, all)).ifPresent(words -> {
            Div why = new Div(new Span(words));
            why.addClassName("fd-history-origin");
            why.addClassName("fd-history-reverted");
            item.add(why);
        });
        // Every entry but the newest: that one is the state shown.
        if (entry.version() != all.getFirst().version() && mayChange.getAsBoolean()) {
            Button restore = new Button(panel.getTranslation("history.restore"), VaadinIcon.ROTATE_LEFT.create(),
                    e -> onRestore.accept(entry));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.addClassName("fd-history-restore");
            restore.setTooltipText(panel.getTranslation("history.restore.tooltip", entry.version()));
            item.add(restore);
        }
    }

    private java.util.Optional<String> words(HistoryOrigin origin, List<HistoryEntry> all) {
        return switch (origin) {
            case HistoryOrigin.Undone undone -> java.util.Optional.of(
                    panel.getTranslation("history.undo", undone.version()));
            case HistoryOrigin.Redone redone -> java.util.Optional.of(
                    panel.getTranslation("history.redo", redone.version()));
            case HistoryOrigin.Restored restored -> java.util.Optional.of(all.stream()
                    .filter(e -> e.version() == restored.version()).findFirst()
                    .map(e -> panel.getTranslation("history.restored", restored.version(), times().format(e.at()),
                            e.byDisplayName()))
                    .orElseGet(() -> panel.getTranslation("history.restoredPlain", restored.version())));
            default -> java.util.Optional.empty();
        };
    }

    private DateTimeFormatter times() {
        return BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), UI.getCurrent().getLocale());
    }
}
