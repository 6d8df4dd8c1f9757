package org.factdesk.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.factdesk.security.SignInLockedException;
import org.factdesk.security.SignInThrottle;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;

/** Sign-in page; texts follow the browser's language (German or English). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final SignInThrottle throttle;

    public LoginView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("fd-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(translatedI18n());

        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("fd-login-name");
        Paragraph description = new Paragraph(getTranslation("login.description"));
        add(name, description, loginForm);
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.heading"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        // ?expired: the sign-in carried no valid CSRF token, e.g. the session ended while the page was open.
        if (parameters.containsKey("expired")) {
            LoginI18n i18n = translatedI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
            loginForm.setI18n(i18n);
        } else if (failed && lastFailure() instanceof SignInLockedException locked) {
            // Said for every username alike: it does not tell whether the account exists.
            LoginI18n i18n = translatedI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutesLeft(locked)));
            loginForm.setI18n(i18n);
            loginForm.addClassName("fd-login-locked");
        }
        loginForm.setError(failed || parameters.containsKey("expired"));
        if (failed) {
            keepTypedUsername();
        }
    }

    /**
     * After a failed sign-in the page is loaded anew (Spring Security redirects to ?error): put the username the
     * person typed back into its field, and the cursor into the password field, so that only the password is typed
     * again. The name comes from the failed attempt Spring Security keeps in this browser's own session.
     */
    private void keepTypedUsername() {
        if (!(lastFailure() instanceof AuthenticationException failure)
                || failure.getAuthenticationRequest() == null) {
            return;
        }
        String username = failure.getAuthenticationRequest().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        loginForm.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {
                  const field = (name) => form.querySelector("[name=" + name + "]")
                      || form.shadowRoot?.querySelector("[name=" + name + "]");
                  const username = field('username');
                  if (!username || username.value) return;
                  username.value = $0;
                  field('password')?.focus();
                }));""", username);
    }

    /** Spring Security's failure handler leaves the reason of the last failed sign-in in the HTTP session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession httpSession = session == null ? null : session.getSession();
        return httpSession == null ? null : httpSession.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** Whole minutes, rounded up, at least one: "15 minutes" right after the lock, never "0 minutes". */
    private long minutesLeft(SignInLockedException locked) {
        Duration left = throttle.remaining(locked.lockedUntil());
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " · " + getTranslation("app.name");
    }
}
