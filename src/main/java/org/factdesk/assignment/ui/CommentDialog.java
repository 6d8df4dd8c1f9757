package org.factdesk.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.factdesk.common.TextLimits;

import java.util.function.Predicate;

/** Asks the team lead for the comment a return or reopen needs; closes when the action succeeded. */
class CommentDialog extends Dialog {

    /** {@code action} gets the comment and says whether it worked (it shows its own messages). */
    CommentDialog(String title, Predicate<String> action) {
        super(title);
        addClassName("fd-comment-dialog");
        TextArea comment = new TextArea(getTranslation("assignment.comment"));
        comment.setWidth("28rem");
        comment.setMaxLength(TextLimits.MAX_NOTE_LENGTH);
        add(comment);
        Button save = new Button(title, e -> {
            if (action.test(comment.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-comment-save");
        getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                comment.focus();
            }
        });
    }
}
