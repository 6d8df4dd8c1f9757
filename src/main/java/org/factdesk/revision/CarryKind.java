package org.factdesk.revision;

/**
 * What became of a sentence between two versions of an article (ADR 29). An old sentence is
 * {@link #UNCHANGED}, {@link #CHANGED}, {@link #SUBSTANCE} or {@link #REMOVED}; a new sentence that
 * no old sentence became is {@link #NEW}.
 */
public enum CarryKind {
    /** The same text (after normalising white space and typography), where it was or moved. */
    UNCHANGED,
    /** Other wording, the same figures, names, dates and negations: the verdict is carried, to confirm. */
    CHANGED,
    /** A figure, a name, a date or a negation differs: to review again, the old verdict as context. */
    SUBSTANCE,
    /** No new sentence matches it: its verdict stays in the old version. */
    REMOVED,
    /** No old sentence matches it: unreviewed. */
    NEW;

    /** The key the reader and the exports use ({@code data-carried="changed"}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
