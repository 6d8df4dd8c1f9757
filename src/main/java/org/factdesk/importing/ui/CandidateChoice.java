package org.factdesk.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.factdesk.importing.VersionTarget;

/**
 * An ordinary import that looks like a new version of a stored article (the same source address or title):
 * says so and lets the lead choose, before importing, between the new version and a separate article.
 * Nothing is chosen at first: importing without a choice asks ({@link CandidateDialog}).
 */
class CandidateChoice extends Div {

    enum Choice { NEW_VERSION, SEPARATE }

    private final VersionTarget candidate;
    private final String text;
    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();

    /** @param text the text previewed: a choice holds for that text only */
    CandidateChoice(VersionTarget candidate, String text) {
        this.candidate = candidate;
        this.text = text;
        addClassName("fd-candidate");
        Paragraph says = new Paragraph(reason(this, candidate));
        says.addClassName("fd-candidate-reason");
        choice.addClassName("fd-candidate-choice");
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> c == Choice.NEW_VERSION
                ? getTranslation("import.candidate.asNewVersion", candidate.title())
                : getTranslation("import.candidate.separate"));
        add(says, choice);
    }

    static String reason(com.vaadin.flow.component.Component in, VersionTarget candidate) {
        return in.getTranslation(candidate.matchedBy() == VersionTarget.MatchedBy.SOURCE_URL
                ? "import.candidate.sameSource" : "import.candidate.sameTitle", candidate.title());
    }

    /** The lead's choice for this candidate and text, or null when not chosen (or shown for another). */
    Choice chosenFor(VersionTarget target, String previewedText) {
        return target.articleId().equals(candidate.articleId()) && text.equals(previewedText) ? choice.getValue() : null;
    }
}
