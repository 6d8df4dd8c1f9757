package org.factdesk.review.ui;

import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleId;
import org.factdesk.review.VerdictsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/** Passes committed verdict changes to every open reader of the same article (server push). */
@Component
class ReviewBroadcaster {

    private final Map<ArticleId, Set<Consumer<VerdictsChanged>>> listeners = new ConcurrentHashMap<>();

    Registration register(ArticleId articleId, Consumer<VerdictsChanged> listener) {
        listeners.computeIfAbsent(articleId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(articleId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(VerdictsChanged event) {
        listeners.getOrDefault(event.articleId(), Set.of()).forEach(listener -> listener.accept(event));
    }
}
