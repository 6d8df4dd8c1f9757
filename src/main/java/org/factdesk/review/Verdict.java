package org.factdesk.review;

import java.util.Locale;

/** What an editor says about one sentence. A sentence without a verdict is unreviewed (or cleared). */
public enum Verdict {
    VERIFIED, DISPUTED, PROMOTIONAL, NO_CLAIM;

    /** The value of the {@code data-verdict} DOM attribute, e.g. {@code no-claim}. */
    public String attributeValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sign of unreviewed sentences, next to the verdicts' {@link #symbol()}s. */
    public static final String UNREVIEWED_SYMBOL = "·";

    /** The sign shown with the verdict wherever it appears (reader, reports): keeps verdicts apart without colour. */
    public String symbol() {
        return switch (this) {
            case VERIFIED -> "✓";
            case DISPUTED -> "✗";
            case PROMOTIONAL -> "€";
            case NO_CLAIM -> "–";
        };
    }
}
