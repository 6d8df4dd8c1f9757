package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words for the assistance's reason codes ({@code assist.reason.CODE}); a code without words
 * yet (a detector added before its translations) is shown as the code itself, never as a
 * missing-key marker.
 */
final class ReasonLabels {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final String PREFIX = "assist.reason.";

    private ReasonLabels() {
    }

    static String word(Component component, String code) {
        return hasKey(PREFIX + code) ? component.getTranslation(PREFIX + code) : code;
    }

    /** The reasons' words, comma-separated, in the order given. */
    static String words(Component component, List<String> codes) {
        return codes.stream().map(code -> word(component, code)).collect(Collectors.joining(", "));
    }

    private static boolean hasKey(String key) {
        try {
            // The fallback bundle holds every key the language files hold (TranslationsTest checks it).
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .containsKey(key);
        } catch (MissingResourceException none) {
            return false;
        }
    }
}
