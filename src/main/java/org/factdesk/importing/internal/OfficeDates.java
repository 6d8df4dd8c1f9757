package org.factdesk.importing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day of a document property's timestamp ({@code 2026-11-30T08:15:00Z}), as the document wrote it. */
final class OfficeDates {

    private OfficeDates() {
    }

    /** The day, or null for a missing or unreadable value, or one outside what an article can carry. */
    static LocalDate day(String timestamp) {
        if (timestamp == null || timestamp.length() < 10) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(timestamp.substring(0, 10));
            // Office writes 1601-01-01 or 1899-12-30 for "never set"; ArticleService refuses dates before 1800 anyway.
            return day.getYear() < 1900 || day.isAfter(LocalDate.now().plusDays(1)) ? null : day;
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
