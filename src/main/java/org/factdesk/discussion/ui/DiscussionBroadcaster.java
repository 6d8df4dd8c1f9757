package org.factdesk.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleId;
import org.factdesk.cluster.UpdatesMissed;
import org.factdesk.common.ui.Subscribers;
import org.factdesk.discussion.DiscussionChanged;
import org.factdesk.discussion.NotificationsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes committed discussion changes to every open reader of the same article, and new or read
 * notifications to the bells of their recipients (server push). The UI that made the change is
 * skipped ({@link Subscribers}): it shows its own change at once.
 */
@org.springframework.stereotype.Component
public class DiscussionBroadcaster {

    private final Subscribers<ArticleId, DiscussionChanged> readers = new Subscribers<>();
    private final Subscribers<Long, NotificationsChanged> bells = new Subscribers<>();

    /** While {@code reader} is attached, {@code onChange} runs (in its UI) for every change to the article's threads. */
    public Registration whileAttached(Component reader, ArticleId articleId,
                                      java.util.function.Consumer<DiscussionChanged> onChange) {
        return readers.whileAttached(reader, articleId, onChange);
    }

    /** While {@code bell} is attached, {@code onChange} runs (in its UI) when the user's notifications change. */
    Registration notificationsWhileAttached(Component bell, long userId, Runnable onChange) {
        return bells.whileAttached(bell, userId, event -> onChange.run());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(DiscussionChanged event) {
        readers.publish(event.articleId(), event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NotificationsChanged event) {
        event.recipientIds().forEach(id -> bells.publish(id, event));
    }

    /**
     * The connection to the other nodes was lost and is back (ADR 0038): every bell counts again (the readers'
     * comment marks load again with the reader, see the review broadcaster).
     */
    @EventListener
    void on(UpdatesMissed event) {
        bells.publishToAll(new NotificationsChanged(java.util.Set.of()));
    }
}
