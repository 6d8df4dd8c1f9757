package org.factdesk.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.util.function.BooleanSupplier;

/**
 * Asks before a step that is hard to undo or surprising (reassign, unassign, approve, deactivate): says
 * what will happen, offers the step and Cancel (focused first where the step is destructive). Closes
 * when the step worked; a refused step keeps the dialog open with the service's message shown.
 */
public class Confirmation extends Dialog {

    private final Button confirm;

    /** {@code step} runs the change and says whether it worked (it shows its own messages). */
    public Confirmation(String title, String message, String confirmLabel, BooleanSupplier step,
                        Component... extra) {
        super(title);
        addClassName("fd-confirmation");
        setMaxWidth("36rem");
        Paragraph text = new Paragraph(message);
        text.addClassName("fd-confirmation-message");
        add(text);
        add(extra);
        confirm = new Button(confirmLabel, e -> {
            if (step.getAsBoolean()) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("fd-confirm-ok");
        Button cancel = new Button(getTranslation("users.cancel"), e -> close());
        cancel.addClassName("fd-confirm-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                confirm.focus();
            }
        });
    }

    public Confirmation danger() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }
}
