package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleAdded;
import org.factdesk.cluster.UpdatesMissed;
import org.factdesk.common.ui.Subscribers;
import org.factdesk.review.ReaderPresence;
import org.factdesk.review.SuggestionsDecided;
import org.factdesk.review.VerdictsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Passes committed verdict changes, and decided suggestions, to every open reader of the same article
 * (server push).
 */
@org.springframework.stereotype.Component
class ReviewBroadcaster {

    private final Subscribers<ArticleId, VerdictsChanged> readers = new Subscribers<>();
    private final AtomicLong changes = new AtomicLong();
    private final Subscribers<ArticleId, SuggestionsDecided> decisions = new Subscribers<>();
    private final Subscribers<ArticleId, ReaderPresence.PresenceChanged> presence = new Subscribers<>();
    private final Subscribers<ArticleId, UpdatesMissed> missed = new Subscribers<>();

    Registration whileAttached(Component reader, ArticleId articleId, Consumer<VerdictsChanged> onChange,
                               Consumer<SuggestionsDecided> onDecided) {
        Registration verdicts = readers.whileAttached(reader, articleId, onChange);
        Registration suggestions = decisions.whileAttached(reader, articleId, onDecided);
        return () -> {
            verdicts.remove();
            suggestions.remove();
        };
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(VerdictsChanged event) {
        changes.incrementAndGet();
        readers.publish(event.articleId(), event);
    }

    /**
     * A new article, here or on another node, may repeat the claims of others: the readers' kept look-ups are
     * stale then too.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ArticleAdded event) {
        changes.incrementAndGet();
    }

    /**
     * Changes with each committed verdict change (of any article, on any node) and each new article: what a reader
     * keeps about other articles (the related sentences, ADR 0020) is valid while this stays the same.
     */
    long changeCount() {
        return changes.get();
    }

    /** Who has the article open, whenever that changes (the reader that caused it shows it itself). */
    Registration presenceWhileAttached(Component reader, ArticleId articleId,
                                       Consumer<ReaderPresence.PresenceChanged> onChange) {
        return presence.whileAttached(reader, articleId, onChange);
    }

    @EventListener
    void on(ReaderPresence.PresenceChanged event) {
        presence.publish(event.articleId(), event);
    }

    /** While {@code reader} is attached, {@code reload} runs (in its UI) when changes of other nodes were missed. */
    Registration missedWhileAttached(Component reader, ArticleId articleId, Runnable reload) {
        return missed.reloadWhileAttached(reader, articleId, reload);
    }

    /** The connection to the other nodes was lost and is back (ADR 0038): readers load the article's state again. */
    @EventListener
    void on(UpdatesMissed event) {
        changes.incrementAndGet();
        missed.publishToAll(event);
    }

    /** Suggestions decided, or reopened by an undo, here or on another node (committed): readers read their state. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SuggestionsDecided event) {
        decisions.publish(event.articleId(), event);
    }
}
