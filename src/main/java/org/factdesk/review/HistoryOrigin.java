package org.factdesk.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a history row was written when it was not an editor's own mark, as stored in
 * {@code verdict_history.origin}: {@code suggestion:DETECTOR:REASON,REASON} for an accepted suggestion,
 * {@code adopted:SENTENCE_ID} for a verdict copied from a sentence reviewed elsewhere, {@code undo:VERSION} and
 * {@code redo:VERSION} for an editor's undo or redo of their own change that produced VERSION,
 * {@code restored:VERSION} for an earlier version set back from the history (ADR 0027),
 * {@code carried:SENTENCE_ID:KIND} for a review carried from the sentence's previous version (ADR 0029),
 * {@code carry-confirmed} for a carried verdict confirmed after the sentence's wording changed (ADR 0029).
 */
public sealed interface HistoryOrigin {

    /** Codes are lower-case words with dashes: nothing a reader could mistake for markup or a separator. */
    Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    String stored();

    record AcceptedSuggestion(String detector, List<String> reasons) implements HistoryOrigin {
        public AcceptedSuggestion {
            reasons = List.copyOf(reasons);
            check(detector);
            reasons.forEach(HistoryOrigin::check);
        }

        @Override
        public String stored() {
            return "suggestion:" + detector + ":" + String.join(",", reasons);
        }
    }

    record Adopted(long sourceSentenceId) implements HistoryOrigin {
        @Override
        public String stored() {
            return "adopted:" + sourceSentenceId;
        }
    }

    /** The editor undid their own change that produced {@code version}. */
    record Undone(int version) implements HistoryOrigin {
        @Override
        public String stored() {
            return "undo:" + version;
        }
    }

    /** The editor redid a change: they undid their own undo that produced {@code version}. */
    record Redone(int version) implements HistoryOrigin {
        @Override
        public String stored() {
            return "redo:" + version;
        }
    }

    /** Verdict, note and evidence of {@code version} were set back from the history. */
    record Restored(int version) implements HistoryOrigin {
        @Override
        public String stored() {
            return "restored:" + version;
        }
    }

    /**
     * A review carried from the sentence it was in the article's previous version (ADR 0029); {@code kind}
     * {@code unchanged} or {@code changed} (the wording changed: to confirm). The history before this row is
     * the source sentence's.
     */
    record Carried(long fromSentenceId, String kind) implements HistoryOrigin {
        public Carried {
            check(kind);
        }

        @Override
        public String stored() {
            return "carried:" + fromSentenceId + ":" + kind;
        }
    }

    /**
     * The verdict carried into a sentence whose wording changed was confirmed as still right (ADR 0029): the
     * verdict, note and evidence stay, the history says who confirmed it when.
     */
    record ConfirmedCarry() implements HistoryOrigin {
        public static final String STORED = "carry-confirmed";

        @Override
        public String stored() {
            return STORED;
        }
    }

    /** The origin a stored value names, or empty for none or a value this version does not know. */
    static Optional<HistoryOrigin> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.equals(ConfirmedCarry.STORED)) {
            return Optional.of(new ConfirmedCarry());
        }
        String[] parts = stored.split(":", -1);
        try {
            if (parts.length == 3 && parts[0].equals("suggestion")) {
                List<String> reasons = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
                return Optional.of(new AcceptedSuggestion(parts[1], reasons));
            }
            if (parts.length == 3 && parts[0].equals("carried")) {
                return Optional.of(new Carried(Long.parseLong(parts[1]), parts[2]));
            }
            if (parts.length == 2 && parts[0].equals("adopted")) {
                return Optional.of(new Adopted(Long.parseLong(parts[1])));
            }
            if (parts.length == 2 && parts[0].equals("undo")) {
                return Optional.of(new Undone(Integer.parseInt(parts[1])));
            }
            if (parts.length == 2 && parts[0].equals("redo")) {
                return Optional.of(new Redone(Integer.parseInt(parts[1])));
            }
            if (parts.length == 2 && parts[0].equals("restored")) {
                return Optional.of(new Restored(Integer.parseInt(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void check(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a code: " + code);
        }
    }
}
