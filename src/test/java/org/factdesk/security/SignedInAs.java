package org.factdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.concurrent.Callable;

/** Test helper: runs work as a real (demo) user account, then restores the thread's security context. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static FactDeskUser user(UserDetailsService users, String username) {
        return (FactDeskUser) users.loadUserByUsername(username);
    }

    public static <T> T call(UserDetailsService users, String username, Callable<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable work) {
        call(users, username, () -> {
            work.run();
            return null;
        });
    }
}
