package org.factdesk.security;

import com.vaadin.flow.internal.CurrentInstance;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the open sessions of a user, e.g. when an admin deactivates the account. The session
 * registry knows which sessions belong to whom; this listener keeps the HTTP sessions by id so
 * they can be invalidated (Vaadin then closes their UIs, push connections included).
 */
@Component
public class SessionTerminator implements HttpSessionListener, HttpSessionIdListener {

    private final SessionRegistry sessionRegistry;
    private final Map<String, HttpSession> sessionsById = new ConcurrentHashMap<>();

    private final ApplicationEventPublisher events;

    SessionTerminator(SessionRegistry sessionRegistry, ApplicationEventPublisher events) {
        this.sessionRegistry = sessionRegistry;
        this.events = events;
    }

    /**
     * Ends every session of that user; their next request lands on the login page. Inside a
     * transaction this happens after commit, so a refused change ends no session.
     */
    public void endSessionsOf(String username) {
        // An event, so that every node ends the sessions it holds (ADR 0038); this node's listener is the one below.
        events.publishEvent(new SessionsEnded(username));
    }

    /** After commit (a refused change ends no session), here and, through the cluster feature, on the other nodes. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SessionsEnded event) {
        endNow(event.username());
    }

    private void endNow(String username) {
        // Vaadin closes the other user's UIs in this thread: keep the acting user's UI context apart.
        Map<Class<?>, CurrentInstance> actingContext = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            invalidateSessionsOf(username);
        } finally {
            CurrentInstance.restoreInstances(actingContext);
        }
    }

    private void invalidateSessionsOf(String username) {
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof FactDeskUser user && user.getUsername().equals(username)) {
                for (SessionInformation session : sessionRegistry.getAllSessions(principal, false)) {
                    session.expireNow();
                    HttpSession httpSession = sessionsById.remove(session.getSessionId());
                    if (httpSession != null) {
                        try {
                            httpSession.invalidate();
                        } catch (IllegalStateException alreadyInvalidated) {
                            // ended meanwhile: nothing left to do
                        }
                    }
                }
            }
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessionsById.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessionsById.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessionsById.remove(oldSessionId);
        sessionsById.put(event.getSession().getId(), event.getSession());
    }
}
