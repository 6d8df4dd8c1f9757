package org.factdesk.security;

import com.vaadin.flow.internal.CurrentInstance;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    SessionTerminator(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /**
     * Ends every session of that user; their next request lands on the login page. Inside a
     * transaction this happens after commit, so a refused change ends no session.
     */
    public void endSessionsOf(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(username);
                }
            });
        } else {
            endNow(username);
        }
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
