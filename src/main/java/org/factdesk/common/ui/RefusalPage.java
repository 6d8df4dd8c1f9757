package org.factdesk.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the error pages share: inside the app's layout, a heading and one line in the UI's language, and a
 * link back to the article list. The path the user asked for is shown as text (escaped by Vaadin), never
 * as markup; whether a refused route exists is not said beyond the status.
 */
abstract class RefusalPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private String title = "";

    RefusalPage(String className) {
        addClassName("fd-refusal");
        addClassName(className);
        Anchor back = new Anchor("", getTranslation("error.backToArticles"));
        back.addClassName("fd-refusal-back");
        add(heading, explanation, back);
    }

    void show(String titleKey, String explanationKey, String path) {
        title = getTranslation(titleKey);
        heading.setText(title);
        explanation.setText(getTranslation(explanationKey, "/" + path));
    }

    @Override
    public String getPageTitle() {
        return title + " · FactDesk";
    }
}
