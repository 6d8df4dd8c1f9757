package org.factdesk.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.importing.VersionTarget;

/** Asks, on import, whether what looks like a new version of a stored article is one or a separate article. */
class CandidateDialog extends Dialog {

    CandidateDialog(VersionTarget candidate, Runnable asNewVersion, Runnable asSeparate) {
        addClassName("fd-candidate-dialog");
        setHeaderTitle(getTranslation("import.candidate.dialogTitle"));
        Paragraph says = new Paragraph(CandidateChoice.reason(this, candidate));
        says.addClassName("fd-candidate-reason");
        add(says);
        Button newVersion = new Button(getTranslation("import.candidate.asNewVersion", candidate.title()), e -> {
            close();
            asNewVersion.run();
        });
        newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVersion.addClassName("fd-candidate-new-version");
        Button separate = new Button(getTranslation("import.candidate.separate"), e -> {
            close();
            asSeparate.run();
        });
        separate.addClassName("fd-candidate-separate");
        Button cancel = new Button(getTranslation("import.candidate.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("fd-candidate-cancel");
        getFooter().add(cancel, separate, newVersion);
    }
}
