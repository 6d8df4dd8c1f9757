package org.factdesk.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.factdesk.assignment.ArticleAssigned;
import org.factdesk.cluster.UpdatesMissed;
import org.factdesk.common.ui.Subscribers;
import org.factdesk.security.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.function.Consumer;

/** Tells an editor's open "My articles" views about new assignments (server push). */
@org.springframework.stereotype.Component
class AssignmentBroadcaster {

    private final Subscribers<UserId, ArticleAssigned> editorsViews = new Subscribers<>();
    private final Subscribers<UserId, UpdatesMissed> missed = new Subscribers<>();

    Registration whileAttached(Component view, UserId editor, Consumer<ArticleAssigned> onAssigned) {
        return editorsViews.whileAttached(view, editor, onAssigned);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleAssigned event) {
        editorsViews.publish(event.editor(), event);
    }

    /** While {@code view} is attached, {@code reload} runs (in its UI) when changes of other nodes were missed. */
    Registration missedWhileAttached(Component view, UserId editor, Runnable reload) {
        return missed.whileAttached(view, editor, event -> reload.run());
    }

    /** The connection to the other nodes was lost and is back (ADR 0038): the lists load again. */
    @EventListener
    void on(UpdatesMissed event) {
        missed.publishToAll(event);
    }
}
