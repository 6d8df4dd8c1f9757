package org.factdesk.review;

import java.util.Locale;

/** What an editor says about one sentence. A sentence without a verdict is unreviewed (or cleared). */
public enum Verdict {
    VERIFIED, DISPUTED, PROMOTIONAL, NO_CLAIM;

    /** The value of the {@code data-verdict} DOM attribute, e.g. {@code no-claim}. */
    public String attributeValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How messages name the verdict, e.g. {@code no claim}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
