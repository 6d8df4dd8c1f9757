package org.factdesk.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in: the throttle decides first whether the password is checked at all, then
 * Spring's DAO provider checks it against our users. Being the only AuthenticationProvider bean, it replaces
 * the provider Spring Security would build from the UserDetailsService.
 */
@Component
class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledPasswordAuthentication(SignInThrottle throttle, UserDetailsService users, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new PrincipalWithoutPassword(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        // The servlet request's remote address: the client, or the proxy's forwarded one when
        // server.forward-headers-strategy is configured.
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            throttle.check(username, address);
            Authentication signedIn = passwords.authenticate(request);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (SignInLockedException locked) {
            forgetPassword(request);
            throw locked;
        } catch (BadCredentialsException wrongPassword) {
            throttle.failed(username, address);
            forgetPassword(request);
            throw wrongPassword;
        } catch (AuthenticationException other) {
            throttle.refused(username, address, other.getClass().getSimpleName());
            forgetPassword(request);
            throw other;
        }
    }

    /**
     * Spring Security attaches the request to the exception, and the failure handler keeps that exception in
     * the HTTP session for the login page: without this, the typed password would sit in the session.
     */
    private static void forgetPassword(Authentication request) {
        if (request instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The principal kept in the session after sign-in carries no password hash. */
    private static final class PrincipalWithoutPassword extends DaoAuthenticationProvider {

        PrincipalWithoutPassword(UserDetailsService users) {
            super(users);
        }

        @Override
        protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                             UserDetails user) {
            Object withoutHash = principal instanceof FactDeskUser signedIn ? signedIn.withoutPassword() : principal;
            return super.createSuccessAuthentication(withoutHash, authentication, user);
        }
    }
}
