package org.factdesk.report.internal;

import org.factdesk.assignment.ArticleState;
import org.factdesk.review.Verdict;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Report texts in German or English, from the same translation bundle as the UI. */
public final class ReportLabels {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public ReportLabels(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.bundle = bundle(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The export dialog's label of a built-in format ({@code export.<id>}). */
    static String formatLabel(String formatId, Locale locale) {
        return bundle(locale).getString("export." + formatId);
    }

    /** What a built-in format is for ({@code export.<id>-hint}). */
    static String formatHint(String formatId, Locale locale) {
        return bundle(locale).getString("export." + formatId + "-hint");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The verdict's name, e.g. "strittig"; null stands for unreviewed. */
    public String verdict(Verdict verdict) {
        return text(verdict == null ? "verdict.none" : verdict.translationKey());
    }

    public String state(ArticleState state) {
        return text("state." + state.name());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "–" : dateTime.format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "–" : date.format(day);
    }

    /** The sign shown next to a verdict, as in the reader; null stands for unreviewed. */
    public static String symbol(Verdict verdict) {
        return verdict == null ? Verdict.UNREVIEWED_SYMBOL : verdict.symbol();
    }
}
