package org.factdesk.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.factdesk.common.HasUserMessage;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;

/**
 * Short messages at the bottom of the screen, the same way in every view (tests find them by class).
 * A service's refusal is shown in the user's language from the message it carries.
 *
 * @see <a href="../../../../../../../docs/adr/0007-translatable-refusals.md">ADR 7</a>
 */
public final class Notifications {

    private static final int DURATION_MS = 6000;

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS);
    }

    public static void warning(String message) {
        show(message, NotificationVariant.LUMO_WARNING);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR);
    }

    public static void warning(RuntimeException refusal) {
        warning(reason(refusal));
    }

    public static void error(RuntimeException refusal) {
        error(reason(refusal));
    }

    /**
     * Runs a change the user asked for and shows how it went: the success message, or why it was
     * refused ({@link #refused}). Returns whether it ran.
     */
    public static boolean attempt(Runnable change, String successMessage) {
        try {
            change.run();
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
        success(successMessage);
        return true;
    }

    /**
     * Shows a refusal as an error with its reason; rethrows anything else, which is a failure for the
     * error page and the log rather than something the user can act on.
     */
    public static void refused(RuntimeException e) {
        if (!isRefusal(e)) {
            throw e;
        }
        error(e);
    }

    /**
     * Whether the service said no rather than failed: it explained why ({@link HasUserMessage}), or the
     * input ({@link IllegalArgumentException}), the state ({@link IllegalStateException}) or a role check
     * ({@link AccessDeniedException}) does not allow it.
     */
    public static boolean isRefusal(RuntimeException e) {
        return e instanceof HasUserMessage || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof AccessDeniedException;
    }

    /** Why a service refused a change, in the user's language where the service said it translatably. */
    public static String reason(RuntimeException refusal) {
        if (refusal instanceof HasUserMessage explained) {
            UI ui = UI.getCurrent();
            return explained.userMessage().in(ui == null ? Locale.ENGLISH : ui.getLocale());
        }
        return refusal.getMessage();
    }

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.addClassName("fd-notification");
    }
}
