package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.review.Verdict;

/** Translated names and symbols of verdicts; the symbol keeps verdicts apart without colour. */
final class VerdictLabels {

    private VerdictLabels() {
    }

    static Verdict fromKey(String key) {
        return Verdict.ofKey(key).orElseThrow(() -> new IllegalArgumentException("Unknown verdict: " + key));
    }

    static String symbol(Verdict verdict) {
        return verdict == null ? Verdict.UNREVIEWED_SYMBOL : verdict.symbol();
    }

    static String label(Component component, Verdict verdict) {
        return component.getTranslation(verdict == null ? "verdict.none" : verdict.translationKey());
    }

    static String symbolAndLabel(Component component, Verdict verdict) {
        return symbol(verdict) + " " + label(component, verdict);
    }
}
