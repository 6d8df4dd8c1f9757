package org.factdesk.common.ui;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatePickersTest {

    @Test
    void a_german_calendar_starts_on_monday_an_american_one_on_sunday() {
        assertThat(DatePickers.weekFields(Locale.GERMAN).getFirstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(DatePickers.weekFields(Locale.GERMANY).getFirstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(DatePickers.weekFields(Locale.ENGLISH).getFirstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(DatePickers.weekFields(Locale.US).getFirstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }
}
