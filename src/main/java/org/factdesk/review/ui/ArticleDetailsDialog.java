package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.common.ui.Notifications;

import java.util.function.Function;

/**
 * A lead corrects an article's title, source URL, outlet, author and publication date. The service
 * checks them (and the role); its reason for refusing is shown in the dialog, which stays open.
 */
class ArticleDetailsDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextField sourceUrl = new TextField();
    private final TextField outlet = new TextField();
    private final TextField author = new TextField();
    private final DatePicker publishedOn = org.factdesk.common.ui.DatePickers.localized(new DatePicker());
    private final Paragraph error = new Paragraph();

    /** @param save stores the details and answers with what was stored; throws with the reason when refused */
    ArticleDetailsDialog(ArticleMetadata current, Function<ArticleMetadata, ArticleMetadata> save,
                         java.util.function.Consumer<ArticleMetadata> saved) {
        addClassName("fd-details-dialog");
        setHeaderTitle(getTranslation("reader.details.dialogTitle"));
        setWidth("min(44rem, 95vw)");
        title.setLabel(getTranslation("reader.details.title"));
        title.addClassName("fd-details-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(ArticleMetadata.MAX_TITLE_LENGTH);
        sourceUrl.setLabel(getTranslation("reader.details.sourceUrl"));
        sourceUrl.addClassName("fd-details-source-url");
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setMaxLength(ArticleMetadata.MAX_URL_LENGTH);
        outlet.setLabel(getTranslation("reader.details.outlet"));
        outlet.addClassName("fd-details-outlet");
        outlet.setMaxLength(ArticleMetadata.MAX_NAME_LENGTH);
        author.setLabel(getTranslation("reader.details.author"));
        author.addClassName("fd-details-author");
        author.setMaxLength(ArticleMetadata.MAX_NAME_LENGTH);
        publishedOn.setLabel(getTranslation("reader.details.published"));
        publishedOn.addClassName("fd-details-published");
        publishedOn.setLocale(getLocale());
        publishedOn.setClearButtonVisible(true);

        title.setValue(orEmpty(current.title()));
        sourceUrl.setValue(orEmpty(current.sourceUrl()));
        outlet.setValue(orEmpty(current.outlet()));
        author.setValue(orEmpty(current.author()));
        publishedOn.setValue(current.publishedOn());

        error.addClassName("fd-details-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        FormLayout form = new FormLayout(title, sourceUrl, outlet, author, publishedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(sourceUrl, 2);
        add(form, error);

        Button cancel = new Button(getTranslation("reader.details.cancel"), e -> close());
        cancel.addClassName("fd-details-cancel");
        Button store = new Button(getTranslation("reader.details.save"), e -> {
            if (publishedOn.isInvalid() && publishedOn.getValue() == null) {
                showError(getTranslation("reader.details.badDate"));
                return;
            }
            ArticleMetadata typed = new ArticleMetadata(title.getValue(), sourceUrl.getValue(), outlet.getValue(),
                    author.getValue(), publishedOn.getValue());
            ArticleMetadata stored;
            try {
                stored = save.apply(typed);
            } catch (RuntimeException refused) {
                if (!Notifications.isRefusal(refused)) {
                    throw refused;
                }
                showError(Notifications.reason(refused));
                return;
            }
            close();
            saved.accept(stored);
        });
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.addClassName("fd-details-save");
        getFooter().add(cancel, store);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
