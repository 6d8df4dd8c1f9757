package org.factdesk.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleAdded;
import org.factdesk.assignment.ArticleAssigned;
import org.factdesk.cluster.UpdatesMissed;
import org.factdesk.common.ui.Subscribers;
import org.factdesk.security.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;


/** Tells an editor's open "My articles" views about new assignments, and open article lists about new articles (server push). */
@org.springframework.stereotype.Component
class AssignmentBroadcaster {

    private final Subscribers<UserId, ArticleAssigned> editorsViews = new Subscribers<>();
    private final Subscribers<UserId, UpdatesMissed> missed = new Subscribers<>();
    /** One key: every open article list shows every new article. */
    private final Subscribers<Boolean, Object> lists = new Subscribers<>();

    /** While {@code view} is attached, {@code reload} runs (in its UI) when articles were assigned to {@code editor}. */
    Registration assignedWhileAttached(Component view, UserId editor, Runnable reload) {
        return editorsViews.reloadWhileAttached(view, editor, reload);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleAssigned event) {
        editorsViews.publish(event.editor(), event);
    }

    /** While {@code view} is attached, {@code reload} runs (in its UI) when changes of other nodes were missed. */
    Registration missedWhileAttached(Component view, UserId editor, Runnable reload) {
        return missed.reloadWhileAttached(view, editor, reload);
    }

    /**
     * While {@code list} is attached, {@code reload} runs (in its UI) when an article was added, on this node or
     * another, and when changes of other nodes were missed.
     */
    Registration articlesWhileAttached(Component list, Runnable reload) {
        return lists.reloadWhileAttached(list, true, reload);
    }

    /** After the import committed (an import outside a transaction, e.g. a test's, has committed already). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ArticleAdded event) {
        lists.publish(true, event);
    }

    /** The connection to the other nodes was lost and is back (ADR 0038): the lists load again. */
    @EventListener
    void on(UpdatesMissed event) {
        missed.publishToAll(event);
        lists.publishToAll(event);
    }
}
