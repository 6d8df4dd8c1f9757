package org.factdesk.common;

/** How long free text that people write may be; the rules, the input fields and the messages all use these. */
public final class TextLimits {

    /**
     * The longest note, evidence quote or workflow comment (and the evidence summary in a history row).
     * The columns that hold them are {@code varchar(4000)} in the released migrations V2 and V3, so a
     * larger limit needs a new migration first ({@code TextLimitsTest} compares the two).
     */
    public static final int MAX_NOTE_LENGTH = 4000;

    private TextLimits() {
    }
}
