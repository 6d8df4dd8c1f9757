package org.factdesk.common.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

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

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.addClassName("fd-notification");
    }
}
