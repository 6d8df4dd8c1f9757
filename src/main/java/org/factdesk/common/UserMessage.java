package org.factdesk.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Something FactDesk tells a person: a key into the UI translations ({@code vaadin-i18n/translations*.properties})
 * and its arguments; an argument that is itself a message is translated too. Services put one into the
 * exceptions they throw for people ({@link HasUserMessage}), so each view says it in its user's language;
 * the English text serves logs, the command line and tests.
 *
 * @see <a href="../../../../../../docs/adr/0007-translatable-refusals.md">ADR 7</a>
 */
public record UserMessage(String key, List<Object> arguments) {

    static final String BUNDLE = "vaadin-i18n.translations";

    public UserMessage {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static UserMessage of(String key, Object... arguments) {
        return new UserMessage(key, List.of(arguments));
    }

    /** The message in {@code locale}, or in English where FactDesk has no translation for it. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (arguments.isEmpty()) {
            return pattern; // as Vaadin's translation provider does: no arguments, no formatting
        }
        Object[] values = arguments.stream().map(argument -> translated(argument, locale)).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    /** Messages are translated, lists of them joined with commas; anything else MessageFormat formats. */
    private static Object translated(Object argument, Locale locale) {
        if (argument instanceof UserMessage message) {
            return message.in(locale);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(translated(item, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
