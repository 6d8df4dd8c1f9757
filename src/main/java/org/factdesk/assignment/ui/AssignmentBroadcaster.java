package org.factdesk.assignment.ui;

import com.vaadin.flow.shared.Registration;
import org.factdesk.assignment.ArticleAssigned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/** Tells an editor's open "My articles" views about new assignments (server push). */
@Component
class AssignmentBroadcaster {

    private final Map<Long, Set<Runnable>> listenersByEditor = new ConcurrentHashMap<>();

    Registration register(long editorUserId, Runnable onAssigned) {
        listenersByEditor.computeIfAbsent(editorUserId, id -> new CopyOnWriteArraySet<>()).add(onAssigned);
        return () -> listenersByEditor.computeIfPresent(editorUserId, (id, set) -> {
            set.remove(onAssigned);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleAssigned event) {
        listenersByEditor.getOrDefault(event.editorUserId(), Set.of()).forEach(Runnable::run);
    }
}
