package org.factdesk.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.factdesk.assignment.Priority;
import org.factdesk.security.UserId;
import org.factdesk.user.UserAccount;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Asks the team lead whom to give the chosen articles, by when and how urgently; closes when that worked. */
class AssignDialog extends Dialog {

    /** What the lead chose; no due date is allowed. */
    record Choice(UserId editor, LocalDate dueDateOrNull, Priority priority) {
    }

    /** {@code assign} gets the choice and says whether it worked (it shows its own messages). */
    AssignDialog(int articleCount, List<UserAccount> editors, Predicate<Choice> assign) {
        setHeaderTitle(getTranslation("assignment.assignCount", articleCount));
        addClassName("fd-assign-dialog");
        Select<UserAccount> editor = new Select<>();
        editor.setLabel(getTranslation("assignment.editor"));
        editor.setItems(editors);
        editor.setItemLabelGenerator(UserAccount::displayName);
        editor.addClassName("fd-assign-editor");
        DatePicker due = org.factdesk.common.ui.DatePickers.localized(new DatePicker(getTranslation("assignment.due")));
        due.setLocale(getLocale());
        due.addClassName("fd-assign-due");
        Select<Priority> priority = new Select<>();
        priority.setLabel(getTranslation("assignment.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.NORMAL);
        add(new FormLayout(editor, due, priority));
        Button save = new Button(getTranslation("assignment.assign"), e -> {
            if (editor.isEmpty()) {
                editor.setInvalid(true);
                editor.setErrorMessage(getTranslation("assignment.chooseEditor"));
                return;
            }
            if (assign.test(new Choice(editor.getValue().userId(), due.getValue(), priority.getValue()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-assign-save");
        getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
    }
}
