package org.factdesk.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.factdesk.common.HasUserMessage;

import java.util.Locale;

/** Short messages at the bottom of the screen, the same way in every view (tests find them by class). */
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
