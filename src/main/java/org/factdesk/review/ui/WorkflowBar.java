package org.factdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.Transition;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.security.FactDeskUser;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Where the article stands in the review workflow: state, assignee, due date, the team lead's
 * return comment, a submit button for the assignee, and the recorded transitions.
 */
class WorkflowBar extends VerticalLayout {

    private final Span summary = new Span();
    private final Paragraph returnComment = new Paragraph();
    private final Paragraph readOnly = new Paragraph();
    private final Button submit;
    private final Div transitions = new Div();
    private final HorizontalLayout leadActions = new HorizontalLayout();
    private ArticleState state = ArticleState.NEW;
    private String sentenceLinkBase = "";

    WorkflowBar(Runnable onSubmit) {
        addClassName("fd-workflow");
        setPadding(false);
        setSpacing(false);
        summary.addClassName("fd-workflow-state");
        returnComment.addClassName("fd-return-comment");
        returnComment.getElement().setAttribute("role", "status");
        readOnly.addClassName("fd-read-only");
        readOnly.setText(getTranslation("reader.readOnly"));
        submit = new Button(getTranslation("reader.submit"), VaadinIcon.PAPERPLANE.create(), e -> onSubmit.run());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        submit.addClassName("fd-submit");
        transitions.addClassName("fd-transitions");
        Details history = new Details(getTranslation("reader.transitions"), transitions);
        history.addClassName("fd-transitions-details");
        leadActions.addClassName("fd-lead-actions");
        leadActions.setVisible(false);
        HorizontalLayout line = new HorizontalLayout(summary, submit, leadActions, history);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(returnComment, readOnly, line);
    }

    /**
     * Approve and return right in the reader, for leads and admins on a submitted review (ADR 0027); the
     * handlers ask for confirmation, the service checks the role again.
     */
    void onLeadDecisions(Runnable approve, Runnable giveBack) {
        Button approveButton = new Button(getTranslation("workflow.approve"), VaadinIcon.CHECK.create(),
                e -> approve.run());
        approveButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approveButton.addClassName("fd-reader-approve");
        Button returnButton = new Button(getTranslation("workflow.return"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> giveBack.run());
        returnButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        returnButton.addClassName("fd-reader-return");
        leadActions.add(approveButton, returnButton);
    }

    /** The reader's own address (e.g. {@code article/7}), which sentence links in comments add their fragment to. */
    void linkSentencesTo(String readerPath) {
        sentenceLinkBase = readerPath;
    }

    /** The review is approved: nothing in it may change (the service refuses, the reader offers nothing). */
    boolean isReadOnlyState() {
        return state == ArticleState.APPROVED;
    }

    /** Only the assignee's first verdict changes the state (assigned → in review); later ones leave it. */
    boolean mayChangeWithVerdicts() {
        return state == ArticleState.ASSIGNED;
    }

    void show(Optional<Assignment> assignment, List<Transition> recorded, Optional<FactDeskUser> me) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter times = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        state = assignment.map(Assignment::state).orElse(ArticleState.NEW);
        StringBuilder text = new StringBuilder(getTranslation("reader.state", getTranslation("state." + state.name())));
        assignment.filter(a -> a.assignee() != null).ifPresent(a -> {
            text.append(" · ").append(getTranslation("reader.assignedTo", a.assignee().displayName()));
            if (a.dueDate() != null) {
                text.append(" · ").append(getTranslation("reader.dueOn", dates.format(a.dueDate())));
            }
        });
        summary.setText(text.toString());
        summary.getElement().setAttribute("data-state", state.name());

        String comment = assignment.map(Assignment::returnComment).orElse(null);
        returnComment.setVisible(comment != null && state != ArticleState.APPROVED);
        returnComment.removeAll();
        if (comment != null) {
            // "#3" and "Satz 3" in the comment link to the sentence (ADR 0027).
            String shown = getTranslation("reader.returnedBecause", comment);
            SentenceLinks.render(returnComment, shown, sentenceLinkBase);
        }
        readOnly.setVisible(state == ArticleState.APPROVED);
        submit.setVisible(assignment.isPresent() && me.isPresent() && assignment.get().isAssignedTo(me.get().userId())
                && (state == ArticleState.ASSIGNED || state == ArticleState.IN_REVIEW));

        leadActions.setVisible(state == ArticleState.SUBMITTED
                && me.filter(user -> user.role() != org.factdesk.security.AppRoles.EDITOR).isPresent());

        transitions.removeAll();
        for (Transition transition : recorded) {
            Div entry = new Div(new Span(times.format(transition.at()) + " · " + transition.byDisplayName() + ": "
                    + getTranslation("state." + transition.from().name()) + " → "
                    + getTranslation("state." + transition.to().name())
                    + (transition.assigneeDisplayName() == null ? "" : " (" + transition.assigneeDisplayName() + ")")
                    + (transition.comment() == null ? "" : " — " + transition.comment())));
            entry.addClassName("fd-transition");
            transitions.add(entry);
        }
    }
}
