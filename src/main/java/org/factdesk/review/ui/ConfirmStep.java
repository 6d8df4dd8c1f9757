package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.factdesk.common.TextLimits;

import java.util.function.Predicate;

/**
 * Asks before a workflow step in the reader (submit, approve, return), with what the user should know
 * (e.g. how many sentences are disputed); a return also takes the comment. Closes when the step worked.
 */
class ConfirmStep extends Dialog {

    private final TextArea comment = new TextArea();

    /**
     * {@code step} gets the comment ("" without one) and says whether it worked (it shows its own
     * messages); {@code withComment} adds the comment field, with a hint on sentence references.
     */
    ConfirmStep(String title, String message, String confirmLabel, String className, boolean withComment,
                Predicate<String> step) {
        super(title);
        addClassName("fd-confirm-step");
        addClassName(className);
        Paragraph text = new Paragraph(message);
        text.addClassName("fd-confirm-message");
        add(text);
        if (withComment) {
            comment.setLabel(getTranslation("workflow.comment"));
            comment.setHelperText(getTranslation("workflow.comment.hint"));
            comment.setWidth("28rem");
            comment.setMaxLength(TextLimits.MAX_NOTE_LENGTH);
            comment.addClassName("fd-confirm-comment");
            add(comment);
        }
        Button confirm = new Button(confirmLabel, e -> {
            if (step.test(withComment ? comment.getValue() : "")) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("fd-confirm-ok");
        Button cancel = new Button(getTranslation("workflow.cancel"), e -> close());
        cancel.addClassName("fd-confirm-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (withComment) {
                    comment.focus();
                } else {
                    confirm.focus();
                }
            }
        });
    }
}
