package org.factdesk.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times are shown in the browser's time zone, so an editor in Berlin reads Berlin time even when the
 * server runs on UTC. Vaadin receives the zone with the page's first request; without it (or with one
 * Java does not know) the server's zone is used.
 */
public final class BrowserTimeZone {

    private BrowserTimeZone() {
    }

    public static ZoneId of(UI ui) {
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknownToJava) {
                // fall back to the server's zone below
            }
        }
        return ZoneId.systemDefault();
    }

    /** Date and time as people read them: "21.11.2026, 23:50" / "Nov 21, 2026, 11:50 PM", in the browser's zone. */
    public static DateTimeFormatter dateTimeFormatter(UI ui, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(of(ui));
    }
}
