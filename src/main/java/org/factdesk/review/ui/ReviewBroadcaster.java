package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleId;
import org.factdesk.common.ui.Subscribers;
import org.factdesk.review.VerdictsChanged;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.function.Consumer;

/** Passes committed verdict changes to every open reader of the same article (server push). */
@org.springframework.stereotype.Component
class ReviewBroadcaster {

    private final Subscribers<ArticleId, VerdictsChanged> readers = new Subscribers<>();

    Registration whileAttached(Component reader, ArticleId articleId, Consumer<VerdictsChanged> onChange) {
        return readers.whileAttached(reader, articleId, onChange);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(VerdictsChanged event) {
        readers.publish(event.articleId(), event);
    }
}
