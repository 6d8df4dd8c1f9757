package org.factdesk.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the current request or UI, and logout. */
@Component
public class CurrentUser {

    /** Vaadin's, present only in the web app: command-line tools have nobody to log out. */
    private final ObjectProvider<AuthenticationContext> authenticationContext;

    CurrentUser(ObjectProvider<AuthenticationContext> authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The signed-in FactDesk user; empty for anonymous callers and the built-in system principal. */
    public Optional<FactDeskUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FactDeskUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public FactDeskUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /**
     * The signed-in FactDesk user who acts and is recorded as having done so. The built-in system
     * principal passes the role checks but has no user account to record, so it is refused here.
     *
     * @param action what the caller is about to do, e.g. "give verdicts"
     * @param recorded what would be recorded under the user, e.g. "them"
     */
    public FactDeskUser acting(String action, String recorded) {
        return get().orElseThrow(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            String name = authentication == null ? "nobody" : "'" + authentication.getName() + "'";
            return new AccessDeniedException("Only a signed-in FactDesk user can " + action + "; " + name
                    + " has no user account to record " + recorded + " under.");
        });
    }

    public void logout() {
        authenticationContext.getObject().logout();
    }
}
