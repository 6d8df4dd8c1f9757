package org.factdesk.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.factdesk.common.ui.Notifications;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.discussion.MentionCandidate;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text area for a comment with a send button ({@code Ctrl}+{@code Enter} sends too) and, while the
 * text ends in {@code @} and the start of a name, a list of matching colleagues under it: choosing one
 * completes the mention. A refusal (empty, too long) is shown at the field and the text kept.
 */
class CommentInput extends VerticalLayout {

    /** How many colleagues the suggestion list offers. */
    static final int SUGGESTIONS = 6;
    /** The mention being typed at the end of the text: an @ at the start or after a space or bracket. */
    private static final Pattern TYPED_MENTION = Pattern.compile("(?:^|[\\s(„\"'])@([A-Za-z0-9._-]{0,64})$");

    private final DiscussionService discussion;
    private final TextArea text = new TextArea();
    private final Div suggestions = new Div();
    private Runnable onReveal = () -> { };
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
            new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    private boolean hideOnSend;

    CommentInput(DiscussionService discussion, String label, String sendLabel, Consumer<String> send) {
        this.discussion = discussion;
        addClassName("fd-comment-input");
        setPadding(false);
        setSpacing(false);
        text.setLabel(label);
        text.setWidthFull();
        text.setMaxLength(DiscussionService.MAX_BODY_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(200);
        text.addClassName("fd-comment-text");
        text.addValueChangeListener(e -> suggest(e.getValue()));
        suggestions.addClassName("fd-mention-suggestions");
        suggestions.getElement().setAttribute("role", "listbox");
        suggestions.setVisible(false);
        Button submit = new Button(sendLabel, e -> {
            boolean wasVisible = isVisible();
            // A reply or edit field closes when sent, before the section shows the stored thread.
            setVisible(!hideOnSend);
            try {
                send.accept(text.getValue());
                clear();
            } catch (RuntimeException refused) {
                if (!Notifications.isRefusal(refused)) {
                    throw refused;
                }
                setVisible(wasVisible);
                text.setErrorMessage(Notifications.reason(refused));
                text.setInvalid(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        submit.addClassName("fd-comment-send");
        // Ctrl+Enter sends the comment, and must not reach the side panel's Ctrl+Enter (save the verdict).
        text.getElement().executeJs("""
                const button = $0;
                this.addEventListener('keydown', e => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                        e.stopPropagation();
                        e.preventDefault();
                        setTimeout(() => button.click());
                    }
                });""", submit.getElement());
        buttons.add(submit);
        add(text, suggestions, buttons);
    }

    /** A field that opens on demand (reply, edit): it closes when sent, and Cancel closes it too. */
    void closable(Runnable onClose) {
        hideOnSend = true;
        Button cancel = new Button(getTranslation("discussion.cancel"), e -> {
            clear();
            setVisible(false);
            onClose.run();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClassName("fd-comment-cancel");
        buttons.add(cancel);
    }

    void clear() {
        text.clear();
        text.setInvalid(false);
        suggestions.setVisible(false);
    }

    /** Shows the field (it may start hidden) with this text. */
    void reveal(String value) {
        text.setValue(value == null ? "" : value);
        text.setInvalid(false);
        setVisible(true);
        onReveal.run();
    }

    void onReveal(Runnable listener) {
        onReveal = listener;
    }

    String text() {
        return text.getValue();
    }

    void focus() {
        text.focus();
    }

    private void suggest(String value) {
        suggestions.removeAll();
        Matcher typed = TYPED_MENTION.matcher(value == null ? "" : value);
        if (!typed.find()) {
            suggestions.setVisible(false);
            return;
        }
        List<MentionCandidate> candidates = discussion.mentionCandidates(typed.group(1), SUGGESTIONS);
        int start = typed.start(1) - 1; // the @
        for (MentionCandidate candidate : candidates) {
            Button option = new Button("@" + candidate.username() + " · " + candidate.displayName(), e -> {
                text.setValue(value.substring(0, start) + "@" + candidate.username() + " ");
                suggestions.setVisible(false);
                text.focus();
            });
            option.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            option.addClassName("fd-mention-option");
            option.getElement().setAttribute("role", "option");
            option.getElement().setAttribute("data-username", candidate.username());
            suggestions.add(option);
        }
        suggestions.setVisible(!candidates.isEmpty());
    }
}
