package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.review.Verdict;

/** Translated names and symbols of verdicts; the symbol keeps verdicts apart without colour. */
final class VerdictLabels {

    private VerdictLabels() {
    }

    static Verdict fromAttribute(String attribute) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.attributeValue().equals(attribute)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("Unknown verdict: " + attribute);
    }

    static String symbol(Verdict verdict) {
        return verdict == null ? Verdict.UNREVIEWED_SYMBOL : verdict.symbol();
    }

    static String label(Component component, Verdict verdict) {
        return component.getTranslation(verdict == null ? "verdict.none" : "verdict." + verdict.attributeValue());
    }

    static String symbolAndLabel(Component component, Verdict verdict) {
        return symbol(verdict) + " " + label(component, verdict);
    }
}
