package org.factdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;

/**
 * What a request refused by the CSRF check gets. A sign-in whose token is missing or wrong goes
 * back to the sign-in page with a note that the page had expired (a forged sign-in gets nothing,
 * a real user whose session ended while the page was open signs in again from a fresh page);
 * any other refused request gets 403.
 */
final class LoginCsrfRefusal implements AccessDeniedHandler {

    static final String EXPIRED_PARAMETER = "expired";

    private final RequestMatcher signIn;
    private final String loginPage;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    LoginCsrfRefusal(RequestMatcher signIn, String loginPage) {
        this.signIn = signIn;
        this.loginPage = loginPage;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (signIn.matches(request) && !response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + loginPage + "?" + EXPIRED_PARAMETER);
        } else {
            otherwise.handle(request, response, refused);
        }
    }
}
