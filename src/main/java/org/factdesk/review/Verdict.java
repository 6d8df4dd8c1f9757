package org.factdesk.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an editor says about one sentence. A sentence without a verdict is unreviewed (or cleared).
 * <p>
 * The verdict vocabulary lives here and only here (besides the released migrations, the translation
 * files and the style sheets): the reader, the filters, the shortcut sheet, the dashboard, the
 * reports and the command line all take a verdict's key, shortcut, symbol, label key and colour
 * from these constants, so a new verdict is one more constant plus its translations and colours.
 */
public enum Verdict {
    VERIFIED("v", "✓", "success", Support.NOTE_OR_EVIDENCE, ClaimRating.HOLDS, false),
    // Saying what is wrong is the point of disputing.
    DISPUTED("d", "✗", "error", Support.NOTE, ClaimRating.FAILS, false),
    // Advertising or teaser text comes in runs: reports show a run as one block.
    PROMOTIONAL("p", "€", "warning", Support.NOTHING, ClaimRating.NONE, true),
    NO_CLAIM("n", "–", "contrast", Support.NOTHING, ClaimRating.NONE, false);

    /** The sign of unreviewed sentences, next to the verdicts' {@link #symbol()}s. */
    public static final String UNREVIEWED_SYMBOL = "·";

    /** What a sentence needs before it may have the verdict; declared strictest first. */
    public enum Support {
        NOTE, NOTE_OR_EVIDENCE, NOTHING;

        public boolean isMetBy(boolean hasNote, int evidenceCount) {
            return switch (this) {
                case NOTE -> hasNote;
                case NOTE_OR_EVIDENCE -> hasNote || evidenceCount > 0;
                case NOTHING -> true;
            };
        }
    }

    /** How a verdict rates the claim a sentence makes, for publishing fact-checks (schema.org ClaimReview). */
    public enum ClaimRating {
        /** The claim holds: the best rating. */
        HOLDS,
        /** The claim does not hold: the worst rating. */
        FAILS,
        /** Not a claim to publish a rating of. */
        NONE
    }

    private final String key;
    private final String shortcut;
    private final String symbol;
    private final String colourToken;
    private final Support needs;
    private final ClaimRating claimRating;
    private final boolean reportedInRuns;

    Verdict(String shortcut, String symbol, String colourToken, Support needs, ClaimRating claimRating,
            boolean reportedInRuns) {
        this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.shortcut = shortcut;
        this.symbol = symbol;
        this.colourToken = colourToken;
        this.needs = needs;
        this.claimRating = claimRating;
        this.reportedInRuns = reportedInRuns;
    }

    /**
     * The verdict's name outside Java, e.g. {@code no-claim}: the {@code data-verdict} DOM attribute,
     * the exports' value, the command line's {@code --verdict}, the tail of its translation keys.
     */
    public String key() {
        return key;
    }

    /** The key that marks a sentence with this verdict in the reader. */
    public String shortcut() {
        return shortcut;
    }

    /** The sign shown with the verdict wherever it appears (reader, reports): keeps verdicts apart without colour. */
    public String symbol() {
        return symbol;
    }

    /** The translation key of the verdict's name, e.g. {@code verdict.no-claim}. */
    public String translationKey() {
        return "verdict." + key;
    }

    /** The translation key of the verdict's shortcut in the shortcut sheet, e.g. {@code shortcut.no-claim}. */
    public String shortcutTranslationKey() {
        return "shortcut." + key;
    }

    /** The translation key of the reader's filter showing only this verdict, e.g. {@code filter.no-claim}. */
    public String filterTranslationKey() {
        return "filter." + key;
    }

    /** The Lumo colour the verdict is shown in ({@code success}, {@code error}, {@code warning}, {@code contrast}). */
    public String colourToken() {
        return colourToken;
    }

    /** What a sentence needs to get this verdict (a note, evidence), checked by the review rules. */
    public Support needs() {
        return needs;
    }

    public ClaimRating claimRating() {
        return claimRating;
    }

    /** Whether reports show a run of consecutive sentences with this verdict as one block. */
    public boolean reportedInRuns() {
        return reportedInRuns;
    }

    /** The verdict with this {@link #key()}. */
    public static Optional<Verdict> ofKey(String key) {
        return Arrays.stream(values()).filter(verdict -> verdict.key.equals(key)).findFirst();
    }

    /** Every verdict's key, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Verdict::key).toList();
    }
}
