package org.factdesk.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker's calendar in the UI's language: Vaadin's own texts (month and day names, "Today", "Cancel") are
 * English whatever the locale; the names come from the JDK's locale data, the two buttons from the translations.
 * The date format stays the locale's (no {@code dateFormat} is set).
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Localises the picker whenever it is attached (the UI's locale is known then). */
    public static <T extends DatePicker> T localized(T picker) {
        picker.addAttachListener(attached -> picker.setI18n(i18n(picker, attached.getUI().getLocale())));
        return picker;
    }

    /**
     * The browser's language often comes without a country ("de"), for which the JDK starts weeks on Sunday: then
     * the ISO week (Monday), except for English, whose default region (US) starts on Sunday.
     */
    static WeekFields weekFields(Locale locale) {
        return locale.getCountry().isEmpty() && !"en".equals(locale.getLanguage()) ? WeekFields.ISO
                : WeekFields.of(locale);
    }

    static DatePicker.DatePickerI18n i18n(DatePicker picker, Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        // Vaadin lists weekdays from Sunday and counts the first day of the week from 0 = Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, language)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT, language)).toList())
                .setFirstDayOfWeek(weekFields(language).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("datepicker.cancel"));
    }
}
